const DAY = 86_400_000;

/**
 * Outcome events for one contact that take its segment out of its usual band this week
 * (docs/segment-health.md): ten usual weeks of one unsubscribe in 250 deliveries, none the week
 * before, then eleven in 250 in the week of `now` (its Tuesday when `now` is a Sunday).
 */
export function weeksLeavingTheBand(contactId: string, now: Date) {
  const events: { eventId: string; contactId: string; type: string; at: string }[] = [];
  for (let weeksAgo = 0; weeksAgo <= 11; weeksAgo++) {
    if (weeksAgo === 1) continue;
    const at = new Date(now.getTime() - 5 * DAY - weeksAgo * 7 * DAY).toISOString();
    const unsubscribed = weeksAgo === 0 ? 11 : 1;
    for (let i = 0; i < 250 + unsubscribed; i++) {
      const type = i < 250 ? 'delivered' : 'unsubscribed';
      events.push({ eventId: `${contactId}-${weeksAgo}-${i}`, contactId, type, at });
    }
  }
  return events;
}
