import { Link } from 'react-router';
import { roleMay } from '#domain/permissions';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { useFirewallSettings } from '#src/shared/queries/get-firewall-settings';

type Props = { segmentKey: string; active: boolean; drifting: boolean };

/**
 * The segment's frequency cap beside its health: slowing a segment down is the answer to
 * engagement fatigue, so operations can propose a cap of its own from here (docs/firewall.md,
 * "Frequency cap"); everyone else reads the cap and who decides it.
 */
export function SegmentCap({ segmentKey, active, drifting }: Props) {
  const me = useCurrentUser();
  const settings = useFirewallSettings();
  if (!settings.data) return null;
  const { frequencyCap, segmentFrequencyCaps, openProposals } = settings.data;
  const own = segmentFrequencyCaps.find((c) => c.segment === segmentKey)?.max ?? null;
  const waiting = openProposals.find(
    (p) =>
      p.settingKey === 'segment_frequency_cap' && (p.value as { segment?: unknown } | null)?.segment === segmentKey,
  );
  const canPropose = active && roleMay(me.roles, 'firewall.settings.propose');

  return (
    <section className="segment-cap" aria-labelledby="segment-cap-title">
      <h3 id="segment-cap-title">Frequency cap</h3>
      <p>
        {own === null
          ? `No cap of its own: the workspace’s applies, at most ${frequencyCap.max} sends per contact in any ${frequencyCap.windowDays} days.`
          : `Its own cap: at most ${own} sends per contact in any ${frequencyCap.windowDays} days (the workspace allows ${frequencyCap.max}).`}
      </p>
      {waiting ? (
        <p>
          <Link to={`/firewall/settings/proposals/${waiting.id}`}>
            A proposed change to this cap waits for the owner
          </Link>
        </p>
      ) : null}
      {canPropose ? (
        <p>
          {drifting ? 'Engagement fatigue is one reason to slow a segment down. ' : null}
          <Link
            className={`btn ${drifting ? 'btn-primary' : 'btn-secondary'}`}
            to={`/firewall?view=settings&capFor=${encodeURIComponent(segmentKey)}`}
          >
            {own === null ? 'Propose a cap for this segment' : 'Propose a change to its cap'}
          </Link>
        </p>
      ) : (
        <p className="muted">
          Operations proposes a segment’s cap and the segmentation owner approves it, like every firewall setting.
        </p>
      )}
    </section>
  );
}
