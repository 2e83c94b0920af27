import { Link } from 'react-router';
import { Button } from '#src/components/ui/button';
import { ErrorState } from '#src/components/ui/states';
import { TableWrap } from '#src/components/ui/table-wrap';
import type { FirewallSettings } from '#src/shared/queries/get-firewall-settings';
import { useSegments } from '#src/shared/queries/get-segments';
import type { SettingPreset } from '../utils/setting-proposal-values';

type Props = {
  settings: FirewallSettings;
  canPropose: boolean;
  onPropose: (preset: SettingPreset) => void;
};

type Row = { key: string; name: string; active: boolean; max: number | null; waiting: string | null };

/** Active segments, and any other with a cap of its own, with the cap and an open proposal for it. */
function rowsOf(settings: FirewallSettings, segments: { key: string; name: string; status: string }[]): Row[] {
  const capOf = new Map(settings.segmentFrequencyCaps.map((c) => [c.segment, c.max]));
  const waitingFor = new Map<string, string>();
  for (const p of settings.openProposals) {
    const segment = (p.value as { segment?: unknown } | null)?.segment;
    if (p.settingKey === 'segment_frequency_cap' && typeof segment === 'string') waitingFor.set(segment, p.id);
  }
  return segments
    .filter((s) => s.status === 'active' || capOf.has(s.key))
    .map((s) => ({
      key: s.key,
      name: s.name,
      active: s.status === 'active',
      max: capOf.get(s.key) ?? null,
      waiting: waitingFor.get(s.key) ?? null,
    }));
}

/**
 * Each segment's own frequency cap, governed like the workspace's: operations proposes, the
 * owner approves. The smaller maximum applies, in the workspace cap's window (docs/firewall.md).
 */
export function SegmentCaps({ settings, canPropose, onPropose }: Props) {
  const segments = useSegments();
  const { max, windowDays } = settings.frequencyCap;
  return (
    <section aria-labelledby="segment-caps-title">
      <h3 id="segment-caps-title">Segment frequency caps</h3>
      <p className="muted">
        A segment can be slowed down below the workspace’s cap, for example when its unsubscribes leave their usual
        band. Its cap counts sends in the same {windowDays}-day window, and the smaller of the two applies.{' '}
        {canPropose
          ? 'You propose a cap here; the segmentation owner approves it.'
          : 'Operations proposes a segment’s cap and the segmentation owner approves it, as for every setting.'}
      </p>
      {segments.error ? (
        <ErrorState error={segments.error} onRetry={() => segments.refetch()} />
      ) : (
        <TableWrap label="Caps per segment">
          <table className="table">
            <caption className="visually-hidden">Each segment’s own frequency cap</caption>
            <thead>
              <tr>
                <th scope="col">Segment</th>
                <th scope="col">Cap in the {windowDays}-day window</th>
                {canPropose ? <th scope="col">Propose</th> : null}
              </tr>
            </thead>
            <tbody>
              {segments.isPending ? (
                <tr>
                  <td colSpan={canPropose ? 3 : 2}>Loading segments…</td>
                </tr>
              ) : (
                rowsOf(settings, segments.data).map((r) => (
                  <tr key={r.key}>
                    <th scope="row">
                      {r.name}
                      <span className="cell-sub">
                        <code>{r.key}</code>
                        {r.active ? null : ' · retired'}
                      </span>
                    </th>
                    <td>
                      {r.max === null ? `The workspace’s: at most ${max}` : `Its own: at most ${r.max}`}
                      {r.waiting ? (
                        <span className="cell-sub">
                          <Link to={`/firewall/settings/proposals/${r.waiting}`}>A change waits for the owner</Link>
                        </span>
                      ) : null}
                    </td>
                    {canPropose ? (
                      <td>
                        <CapActions row={r} onPropose={onPropose} />
                      </td>
                    ) : null}
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}

function CapActions({ row, onPropose }: { row: Row; onPropose: Props['onPropose'] }) {
  if (!row.active) return <span className="muted">Retired: no new cap</span>;
  // The visible words start each accessible name, so speech input finds the button by what it shows.
  const capLabel = row.max === null ? 'Propose a cap' : 'Propose another cap';
  return (
    <div className="cap-actions">
      <Button onClick={() => onPropose({ segment: row.key, change: 'cap' })} aria-label={`${capLabel} for ${row.name}`}>
        {capLabel}
      </Button>
      {row.max === null ? null : (
        <Button
          variant="ghost"
          onClick={() => onPropose({ segment: row.key, change: 'remove' })}
          aria-label={`Propose removing it: the cap of ${row.name}`}
        >
          Propose removing it
        </Button>
      )}
    </div>
  );
}
