import { useState } from 'react';
import { Link } from 'react-router';
import type { Campaign, RequestSendResult } from '#domain/schemas/campaigns';
import { Button } from '#src/components/ui/button';
import { HorizontalBarChart } from '#src/components/ui/horizontal-bar-chart';
import { Stat, StatRow } from '#src/components/ui/stats';
import { formatCount } from '#src/lib/format';
import { barsSummary, exceptionSegments, reasonBars } from '../utils/send-breakdown';
import { SendAnywayDialog } from './send-anyway-dialog';

export const exceptionHref = (segment: string | null, campaignId: string) =>
  `/exceptions/new?${new URLSearchParams({ ...(segment ? { segment } : {}), campaign: campaignId })}`;

/** The outcome of a send check, by reason and without blame: held-back contacts are the logic working. */
export function SendOutcome({ campaign, result }: { campaign: Campaign; result: RequestSendResult }) {
  const [anyway, setAnyway] = useState(false);
  const { allowed, blocked } = result.summary;
  const bars = reasonBars(result.breakdown);
  const rows = [...result.breakdown].filter((r) => r.count > 0).sort((a, b) => b.count - a.count);
  const segments = exceptionSegments(result.breakdown);
  // With no segment rule involved (a cap, say), the protocol still starts from the campaign's target.
  const links =
    segments.length > 0 || !campaign.targetSegment
      ? segments
      : [{ key: campaign.targetSegment, name: campaign.targetSegmentName ?? campaign.targetSegment }];
  const target = campaign.targetSegmentName ?? campaign.targetSegment ?? 'the target segment';

  return (
    <section className="send-outcome" aria-labelledby="send-outcome-title">
      <h3 id="send-outcome-title">Send check outcome</h3>
      <StatRow>
        <Stat label={`Checked in ${target}`} value={formatCount(result.contactCount)} />
        <Stat label="Segment-eligible, allowed" value={formatCount(allowed)} tone="info" />
        <Stat label="Held back by the segment logic" value={formatCount(blocked)} tone="info" />
      </StatRow>
      {result.contactCount === 0 ? <p>{target} has no members right now, so there is nobody to check.</p> : null}
      {blocked === 0 && result.contactCount > 0 ? (
        <p>Every member is segment-eligible for this campaign: nothing was held back.</p>
      ) : null}
      {rows.length > 0 ? (
        <>
          <ul className="outcome-list">
            {rows.map((r) => (
              <li key={`${r.reason}-${r.segment ?? ''}`}>{r.explanation}</li>
            ))}
          </ul>
          {rows.length > 1 ? <p className="muted">A contact can be held back for more than one reason.</p> : null}
          <HorizontalBarChart data={bars} title="Contacts held back, by reason" summary={barsSummary(bars)} />
          <div className="outcome-actions">
            {links.map((s) => (
              <Link key={s.key} className="btn btn-primary" to={exceptionHref(s.key, campaign.id)}>
                Request an exception for {s.name}
              </Link>
            ))}
            <Button variant="ghost" onClick={() => setAnyway(true)}>
              Send anyway…
            </Button>
          </div>
          <p className="muted">
            An exception request names the segment and the risk, then either proposes a logic change for the owner or is
            withdrawn. Both outcomes are the system working.
          </p>
        </>
      ) : null}
      <SendAnywayDialog open={anyway} onOpenChange={setAnyway} campaignId={campaign.id} segment={links[0] ?? null} />
    </section>
  );
}
