import type { EventKind } from '#domain/schemas/webhooks';

/** What each event says, in the product's words, for the form that subscribes to them. */
export const EVENT_HELP: Record<EventKind, string> = {
  'proposal.opened': 'A change to segment logic or a setting was proposed',
  'proposal.decided': 'A proposal was approved or rejected',
  'violation.detected': 'A reported send reached a paused segment',
  'override.refused': 'Someone asked for a bypass and was refused (no names)',
  'exception.filed': 'An exception request was withdrawn or sent to logic review',
  'review.completed': 'The monthly review was completed',
  'follow_up.due': 'An approved change is due for its follow-up',
  'workflow.ungated': 'A platform workflow sent without asking the firewall',
  'segment.drift': 'A segment’s unsubscribe or complaint rate left its usual band',
};
