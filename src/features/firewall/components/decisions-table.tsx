import { REASON_LABELS } from '#domain/firewall/decide';
import { Badge } from '#src/components/ui/badge';
import { formatDateTime } from '#src/lib/format';
import { useVirtualRows } from '#src/lib/use-virtual-rows';
import type { BlockedDecisionRow } from '#src/shared/queries/get-decisions';

type Props = {
  rows: BlockedDecisionRow[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  onSelect: (row: BlockedDecisionRow) => void;
  selectedRequest: string | null;
};

const ROW_HEIGHT = 52;
const COLS = 5;

/**
 * Blocked decisions as a real table in which only the rows in view are rendered (padded above and
 * below to full height), loading further pages by cursor as the reader nears the end.
 */
export function DecisionsTable({ rows, hasMore, loadingMore, onLoadMore, onSelect, selectedRequest }: Props) {
  const { scrollRef, items, padTop, padBottom } = useVirtualRows({
    count: rows.length,
    rowHeight: ROW_HEIGHT,
    hasMore,
    loadingMore,
    onLoadMore,
  });

  return (
    <>
      <div ref={scrollRef} className="vtable-scroll decisions-scroll">
        <table className="table vtable decisions-table" aria-rowcount={hasMore ? -1 : rows.length + 1}>
          <caption className="visually-hidden">Held-back decisions, newest first</caption>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">When</th>
              <th scope="col">Contact</th>
              <th scope="col">Current segment</th>
              <th scope="col">Why it was held back</th>
              <th scope="col">Campaign and actor</th>
            </tr>
          </thead>
          <tbody>
            {padTop > 0 ? (
              <tr className="vtable-pad">
                <td colSpan={COLS} style={{ height: padTop, padding: 0, border: 0 }} />
              </tr>
            ) : null}
            {items.map((v) => {
              const r = rows[v.index]!;
              const selected = selectedRequest === r.requestId;
              return (
                <tr
                  key={r.id}
                  aria-rowindex={v.index + 2}
                  aria-selected={selected}
                  className={selected ? 'is-selected' : undefined}
                  style={{ height: ROW_HEIGHT }}
                >
                  <td className="nowrap">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onSelect(r)}
                      aria-label={`Show the request behind the decision for ${r.contactId} at ${formatDateTime(r.at)}`}
                    >
                      {formatDateTime(r.at)}
                    </button>
                  </td>
                  <td className="truncate">
                    <code>{r.contactId}</code>
                  </td>
                  <td className="truncate">{r.segment ? `${r.segment} v${r.segmentVersion ?? '?'}` : '—'}</td>
                  <td>
                    <span className="badges">
                      {r.reasons.map((code) => (
                        <Badge key={code} tone="info">
                          {REASON_LABELS[code]}
                        </Badge>
                      ))}
                    </span>
                  </td>
                  <td className="truncate">
                    {r.campaignName ?? 'No campaign'}
                    <span className="cell-sub truncate">{r.actor ?? '—'}</span>
                  </td>
                </tr>
              );
            })}
            {padBottom > 0 ? (
              <tr className="vtable-pad">
                <td colSpan={COLS} style={{ height: padBottom, padding: 0, border: 0 }} />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <p className="vtable-foot" aria-live="polite">
        {loadingMore
          ? 'Loading more…'
          : `Showing ${rows.length.toLocaleString('en-GB')}${hasMore ? ', more as you scroll' : ''}`}
      </p>
    </>
  );
}
