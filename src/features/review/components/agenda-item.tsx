import { lazy, type ReactNode, Suspense, useState } from 'react';
import { ITEM_MINUTES, REVIEW_ITEM_LABELS, REVIEW_ITEMS, type ReviewItem } from '#domain/reviews/agenda';
import type { Review } from '#domain/schemas/reviews';
import { Badge } from '#src/components/ui/badge';
import { Button } from '#src/components/ui/button';
import { Loading } from '#src/components/ui/states';
import { formatDate, formatDateTime } from '#src/lib/format';

// A note's and an action item's forms (with the form library, the schemas' resolver and the
// linter) load when someone opens one, not with the page (docs/architecture.md, "Loading").
const NoteForm = lazy(() => import('./note-form').then((m) => ({ default: m.NoteForm })));
const ActionForm = lazy(() => import('./action-form').then((m) => ({ default: m.ActionForm })));

type Props = {
  review: Review;
  item: ReviewItem;
  /** The item whose timebox is running now. */
  current: boolean;
  canParticipate: boolean;
  children: ReactNode;
  /** Shown after the discussion: item 5 ends with the question that completes the review. */
  footer?: ReactNode;
};

/** One of the five fixed items: its figures, then what the team said and decided about them. */
export function AgendaItem({ review, item, current, canParticipate, children, footer }: Props) {
  const [form, setForm] = useState<'note' | 'action' | null>(null);
  const completed = review.status === 'completed';
  const notes = review.notes.filter((n) => n.item === item);
  const actions = review.actions.filter((a) => a.item === item);
  const n = REVIEW_ITEMS.indexOf(item) + 1;
  const headingId = `item-${item}`;
  return (
    <li className={`card agenda-item${current ? ' agenda-current' : ''}`} aria-current={current ? 'step' : undefined}>
      <section aria-labelledby={headingId}>
        <div className="section-header">
          <h2 id={headingId}>
            {n}. {REVIEW_ITEM_LABELS[item]}
          </h2>
          <span className="badges">
            {current ? <Badge tone="info">Now</Badge> : null}
            <span className="muted timebox">{ITEM_MINUTES} min</span>
          </span>
        </div>
        {children}
        {notes.length > 0 || actions.length > 0 ? (
          <div className="discussion">
            {notes.length > 0 ? (
              <>
                <h3>Notes</h3>
                <ul className="note-list">
                  {notes.map((note) => (
                    <li key={note.id} className={note.kind === 'correction' ? 'note-correction' : undefined}>
                      {note.kind === 'correction' ? <Badge tone="warning">Correction</Badge> : null} {note.body}
                      <span className="cell-sub">
                        {note.author.name} · {formatDateTime(note.at)}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {actions.length > 0 ? (
              <>
                <h3>Action items</h3>
                <ul className="note-list">
                  {actions.map((a) => (
                    <li key={a.id}>
                      {a.description}
                      <span className="cell-sub">
                        {a.assignee ? a.assignee.name : 'Nobody yet'}
                        {a.due ? ` · due ${formatDate(a.due)}` : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
        {canParticipate ? (
          <div className="item-tools no-print">
            {form === 'note' ? (
              <Suspense fallback={<Loading label="Opening the form…" />}>
                <NoteForm month={review.month} item={item} correction={completed} onDone={() => setForm(null)} />
              </Suspense>
            ) : form === 'action' ? (
              <Suspense fallback={<Loading label="Opening the form…" />}>
                <ActionForm month={review.month} item={item} onDone={() => setForm(null)} />
              </Suspense>
            ) : (
              <div className="form-actions">
                <Button
                  onClick={() => setForm('note')}
                  aria-label={`${completed ? 'Add a correction' : 'Add a note'} to ${REVIEW_ITEM_LABELS[item]}`}
                >
                  {completed ? 'Add a correction' : 'Add a note'}
                </Button>
                {completed ? null : (
                  <Button
                    onClick={() => setForm('action')}
                    aria-label={`Add an action item to ${REVIEW_ITEM_LABELS[item]}`}
                  >
                    Add an action item
                  </Button>
                )}
              </div>
            )}
          </div>
        ) : null}
        {footer}
      </section>
    </li>
  );
}
