/**
 * A backlog item's states (docs/rules.md, "Backlog"): filed into intake; the owner ranks it or
 * declines it; a ranked item opens a proposal; the proposal's decision makes it done (approved) or
 * puts it back among the ranked (rejected or withdrawn). Done and declined are final.
 */
export const BACKLOG_STATUSES = ['intake', 'ranked', 'in_proposal', 'done', 'declined'] as const;
export type BacklogStatus = (typeof BACKLOG_STATUSES)[number];

export const BACKLOG_TRANSITIONS: Record<BacklogStatus, readonly BacklogStatus[]> = {
  intake: ['ranked', 'declined'],
  ranked: ['in_proposal', 'declined'],
  in_proposal: ['done', 'ranked'],
  done: [],
  declined: [],
};

/** The states the owner orders: ranked and in a proposal, until they are done or declined. */
export const ORDERED_STATUSES: readonly BacklogStatus[] = ['ranked', 'in_proposal'];

export const STATUS_LABELS: Record<BacklogStatus, string> = {
  intake: 'Intake',
  ranked: 'Ranked',
  in_proposal: 'In proposal',
  done: 'Done',
  declined: 'Declined',
};

export const mayMove = (from: BacklogStatus, to: BacklogStatus): boolean => BACKLOG_TRANSITIONS[from].includes(to);
