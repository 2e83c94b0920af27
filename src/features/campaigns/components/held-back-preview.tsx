import type { Campaign } from '#domain/schemas/campaigns';
import { HorizontalBarChart } from '#src/components/ui/horizontal-bar-chart';
import { ErrorState, Loading } from '#src/components/ui/states';
import { formatDate } from '#src/lib/format';
import { useHeldBack } from '../api/get-held-back';
import { heldBackSentence } from '../utils/held-back-sentence';
import { barsSummary, reasonBars } from '../utils/send-breakdown';

/**
 * For a marketer who observes first: the firewall's answer for a send of this campaign, by
 * reason, from the same decisions a send request makes. Nothing is sent and nothing is recorded.
 */
export function HeldBackPreview({ campaign }: { campaign: Campaign }) {
  const heldBack = useHeldBack(campaign.id);
  const target = campaign.targetSegmentName ?? campaign.targetSegment ?? 'The target segment';
  return (
    <section className="card held-back" aria-labelledby="held-back-title">
      <h3 id="held-back-title">What a send of this campaign would hold back</h3>
      {!campaign.targetSegment ? (
        <p>Choose a target segment to see what the firewall would do with a send of this campaign.</p>
      ) : heldBack.isPending ? (
        <Loading label="Asking the firewall…" />
      ) : heldBack.error ? (
        <ErrorState error={heldBack.error} onRetry={() => heldBack.refetch()} />
      ) : (
        <>
          <p className="held-back-answer">{heldBackSentence(heldBack.data, target)}</p>
          {heldBack.data.breakdown.length > 0 ? (
            <>
              <ul className="outcome-list">
                {heldBack.data.breakdown.map((r) => (
                  <li key={`${r.reason}-${r.segment ?? ''}`}>{r.explanation}</li>
                ))}
              </ul>
              <HorizontalBarChart
                data={reasonBars(heldBack.data.breakdown)}
                title="Contacts held back, by reason"
                summary={barsSummary(reasonBars(heldBack.data.breakdown))}
              />
            </>
          ) : null}
          <p className="muted">
            Nothing was sent and nothing was recorded: this is the firewall’s answer for {target} now, shown to you
            until {formatDate(heldBack.data.onboardingUntil)}. A contact can be held back for more than one reason.
          </p>
        </>
      )}
    </section>
  );
}
