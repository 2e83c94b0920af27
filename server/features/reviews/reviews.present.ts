import type { Review, ReviewAgenda, ReviewHeadline } from '#domain/schemas/reviews';
import type { reviewActions, reviewNotes } from '#server/db/schema/reviews';
import type { ReviewRow } from './reviews.repo';

type NoteRow = typeof reviewNotes.$inferSelect;
type ActionRow = typeof reviewActions.$inferSelect;

const person = (names: Map<string, string>, id: string | null) =>
  id ? { id, name: names.get(id) ?? 'Former user' } : null;

export function presentReview(
  month: string,
  row: ReviewRow | undefined,
  agenda: ReviewAgenda,
  notes: NoteRow[],
  actions: ActionRow[],
  names: Map<string, string>,
): Review {
  return {
    month,
    status: row?.status ?? 'open',
    agenda,
    notes: notes.map((n) => presentNote(n, names)),
    actions: actions.map((a) => presentAction(a, names)),
    timerStartedAt: row?.timerStartedAt?.toISOString() ?? null,
    timerStartedBy: person(names, row?.timerStartedBy ?? null),
    completedAt: row?.completedAt?.toISOString() ?? null,
    completedBy: person(names, row?.completedBy ?? null),
  };
}

export function presentNote(n: NoteRow, names: Map<string, string>): Review['notes'][number] {
  return {
    id: n.id,
    item: n.item,
    body: n.body,
    kind: n.kind,
    findings: n.findings,
    author: person(names, n.authorId)!,
    at: n.at.toISOString(),
  };
}

export function presentAction(a: ActionRow, names: Map<string, string>): Review['actions'][number] {
  return {
    id: a.id,
    item: a.item,
    description: a.description,
    findings: a.findings,
    assignee: person(names, a.assigneeId),
    due: a.due,
    createdBy: person(names, a.createdBy)!,
    at: a.at.toISOString(),
  };
}

export function headlineOf(agenda: ReviewAgenda): ReviewHeadline {
  return {
    pauseViolations: agenda.pauseViolations.count,
    dwellAnomalies: agenda.dwellAnomalies.flaggedCount,
    disallowedTransitions: agenda.dwellAnomalies.transitions.count,
    suppressed: agenda.suppressedVolume.total,
    exceptionRequests: agenda.exceptionRequests.total,
    overrideAttempts: agenda.pressure.overrideAttempts,
  };
}

/** Everyone whose name a review shows. */
export function peopleIn(row: ReviewRow | undefined, notes: NoteRow[], actions: ActionRow[]): (string | null)[] {
  return [
    row?.timerStartedBy ?? null,
    row?.completedBy ?? null,
    ...notes.map((n) => n.authorId),
    ...actions.flatMap((a) => [a.assigneeId, a.createdBy]),
  ];
}
