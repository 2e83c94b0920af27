import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '#src/components/ui/button';
import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { TableWrap } from '#src/components/ui/table-wrap';
import { formatCount, formatDate } from '#src/lib/format';
import { useSegmentMembers } from '../api/get-segment-members';
import { ContactHistory, wholeDays } from './contact-history';

type Props = { segmentKey: string; memberCount: number; now: Date };

/** The segment's current members, a page at a time; choosing one shows their membership history. */
export function MembersPanel({ segmentKey, memberCount, now }: Props) {
  const members = useSegmentMembers(segmentKey);
  // A link may name the contact to open (`?contact=`), as a firewall request's allowed contacts do.
  const [params] = useSearchParams();
  const [selected, setSelected] = useState<string | null>(params.get('contact'));
  const items = members.data?.pages.flatMap((p) => p.items) ?? [];

  if (members.isPending) return <Loading label="Loading members…" />;
  if (members.error) return <ErrorState error={members.error} onRetry={() => members.refetch()} />;
  if (items.length === 0) {
    return (
      <EmptyState title="No current members">
        No contact's current segment is this one. That is normal for a new or narrow segment.
      </EmptyState>
    );
  }
  return (
    <div className={selected ? 'split' : undefined}>
      <div>
        <TableWrap label="Current members, most recently entered first">
          <table className="table">
            <caption className="visually-hidden">Current members, most recently entered first</caption>
            <thead>
              <tr>
                <th scope="col">Contact</th>
                <th scope="col">Entered</th>
                <th scope="col">Days here</th>
              </tr>
            </thead>
            <tbody>
              {items.map((m) => (
                <tr key={m.id} className={selected === m.id ? 'is-selected' : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={selected === m.id}
                      onClick={() => setSelected(selected === m.id ? null : m.id)}
                    >
                      {m.id}
                    </button>
                  </th>
                  <td>{m.enteredAt ? formatDate(m.enteredAt) : '—'}</td>
                  <td>{m.enteredAt ? wholeDays(m.enteredAt, now) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
        <div className="section-header">
          <p className="vtable-foot" aria-live="polite">
            Showing {formatCount(items.length)} of {formatCount(memberCount)}
          </p>
          {members.hasNextPage ? (
            <Button busy={members.isFetchingNextPage} onClick={() => members.fetchNextPage()}>
              Show more members
            </Button>
          ) : null}
        </div>
      </div>
      {selected ? <ContactHistory id={selected} onClose={() => setSelected(null)} /> : null}
    </div>
  );
}
