/**
 * Dates and instants as people read them in messages and explanations ("5 Dec 2026",
 * "5 Dec 2026, 21:49 UTC"), the same form the console shows; never a raw ISO string.
 */
const dayFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const instantFmt = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

export const dayInWords = (d: Date) => dayFmt.format(d);
export const instantInWords = (d: Date) => `${instantFmt.format(d)} UTC`;
