import { Fragment } from 'react';
import { Link } from 'react-router';
import { Button } from '#src/components/ui/button';
import { ErrorState, Loading } from '#src/components/ui/states';
import { formatDate } from '#src/lib/format';
import { useContact } from '../api/get-contact';
import { ContactExplanation } from './contact-explanation';

/** Flattens nested attributes into dotted paths, the way criteria name them. */
export function flattenAttributes(value: unknown, prefix = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? flattenAttributes(v, `${prefix}${k}.`)
      : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

export const wholeDays = (fromIso: string, to: Date) =>
  Math.max(0, Math.floor((to.getTime() - new Date(fromIso).getTime()) / 86_400_000));

const show = (v: unknown) => (Array.isArray(v) ? v.join(', ') : typeof v === 'string' ? v : JSON.stringify(v));

/** One contact: current segment, every stay in order (readiness observed, not pushed), attributes. */
export function ContactHistory({ id, onClose }: { id: string; onClose: () => void }) {
  const contact = useContact(id);
  return (
    <section className="card" aria-labelledby="contact-title">
      <div className="section-header">
        <h2 id="contact-title">Contact {id}</h2>
        <Button variant="ghost" onClick={onClose}>
          Close
        </Button>
      </div>
      {contact.isPending ? <Loading label="Loading the contact…" /> : null}
      {contact.error ? <ErrorState error={contact.error} onRetry={() => contact.refetch()} /> : null}
      {contact.data ? (
        <>
          <p>
            Current segment:{' '}
            {contact.data.segmentKey ? (
              <>
                <Link to={`/segments/${contact.data.segmentKey}`}>{contact.data.segmentKey}</Link>
                {contact.data.enteredAt ? ` since ${formatDate(contact.data.enteredAt)}` : ''}
              </>
            ) : (
              'none'
            )}
          </p>
          <h3>Why segment-eligible</h3>
          <ContactExplanation id={id} />
          <h3>Membership history</h3>
          <ol className="version-list" aria-label="Membership history, oldest first">
            {[...contact.data.history]
              .sort((a, b) => a.enteredAt.localeCompare(b.enteredAt))
              .map((s) => (
                <li key={`${s.segmentKey}-${s.enteredAt}`} className={s.leftAt ? undefined : 'is-current'}>
                  <p>
                    <strong>{s.segmentKey}</strong>
                  </p>
                  <p className="version-meta">
                    {formatDate(s.enteredAt)} – {s.leftAt ? formatDate(s.leftAt) : 'now'} (
                    {wholeDays(s.enteredAt, s.leftAt ? new Date(s.leftAt) : new Date())} days)
                  </p>
                </li>
              ))}
          </ol>
          <h3>Attributes</h3>
          <dl className="facts">
            {flattenAttributes(contact.data.attributes).map(([k, v]) => (
              <Fragment key={k}>
                <dt>
                  <code>{k}</code>
                </dt>
                <dd>{show(v)}</dd>
              </Fragment>
            ))}
          </dl>
        </>
      ) : null}
    </section>
  );
}
