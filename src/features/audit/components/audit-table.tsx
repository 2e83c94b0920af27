import { formatDateTime } from '#src/lib/format';
import { useVirtualRows } from '#src/lib/use-virtual-rows';
import type { AuditEntry } from '../api/get-audit';

type Props = {
  entries: AuditEntry[];
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  onSelect: (e: AuditEntry) => void;
  selectedId: number | null;
};

const ROW_HEIGHT = 44;

/**
 * A real table in which only the rows in view are rendered, padded above and below to the full
 * height, so 100,000 entries scroll as smoothly as 100 and screen readers still get a table.
 */
export function AuditTable({ entries, total, hasMore, loadingMore, onLoadMore, onSelect, selectedId }: Props) {
  const { scrollRef, items, padTop, padBottom } = useVirtualRows({
    count: entries.length,
    rowHeight: ROW_HEIGHT,
    hasMore,
    loadingMore,
    onLoadMore,
  });

  return (
    <>
      <div ref={scrollRef} className="vtable-scroll">
        <table className="table vtable" aria-rowcount={total + 1}>
          <caption className="visually-hidden">Audit entries, newest first</caption>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">#</th>
              <th scope="col">When</th>
              <th scope="col">Actor</th>
              <th scope="col">Action</th>
              <th scope="col">Target</th>
            </tr>
          </thead>
          <tbody>
            {padTop > 0 ? (
              <tr className="vtable-pad">
                <td colSpan={5} style={{ height: padTop, padding: 0, border: 0 }} />
              </tr>
            ) : null}
            {items.map((v) => {
              const e = entries[v.index]!;
              return (
                <tr
                  key={e.id}
                  aria-rowindex={v.index + 2}
                  aria-selected={selectedId === e.id}
                  className={selectedId === e.id ? 'is-selected' : undefined}
                  style={{ height: ROW_HEIGHT }}
                >
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onSelect(e)}
                      aria-label={`Show entry ${e.id}`}
                    >
                      {e.id}
                    </button>
                  </td>
                  <td className="nowrap">{formatDateTime(e.at)}</td>
                  <td className="truncate">{e.actor}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td className="truncate">
                    {e.targetType}
                    {e.targetId ? ` ${e.targetId}` : ''}
                  </td>
                </tr>
              );
            })}
            {padBottom > 0 ? (
              <tr className="vtable-pad">
                <td colSpan={5} style={{ height: padBottom, padding: 0, border: 0 }} />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <p className="vtable-foot" aria-live="polite">
        {loadingMore
          ? 'Loading more…'
          : `Showing ${entries.length.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}`}
      </p>
    </>
  );
}
