import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState, Loading } from '#src/components/ui/states';
import { formatCount, formatDateTime } from '#src/lib/format';
import { useCampaign } from '#src/shared/queries/get-campaign';
import { useDecisions } from '#src/shared/queries/get-decisions';
import { firewallRequestQuery } from '#src/shared/queries/get-firewall-request';
import { contactsWord, groupBlocked } from '../utils/blocked-summary';

/**
 * Exactly why the campaign was held back: its latest send check that held anyone back, by reason
 * and segment, with the rule behind each. Calm words: a held-back contact is the segment logic working.
 */
export function BlockedBecause({ campaignId, names }: { campaignId: string; names: ReadonlyMap<string, string> }) {
  const campaign = useCampaign(campaignId);
  const decisions = useDecisions({ campaign: campaignId });
  const requestId = decisions.data?.pages[0]?.items[0]?.requestId ?? null;
  const check = useQuery({ ...firewallRequestQuery(requestId ?? ''), enabled: requestId !== null });
  const title = campaign.data ? `Why “${campaign.data.name}” was held back` : 'Why the campaign was held back';

  let body: ReactNode;
  if (decisions.isPending || (requestId && check.isPending)) body = <Loading label="Loading the last send check…" />;
  else if (decisions.error) body = <ErrorState error={decisions.error} onRetry={() => decisions.refetch()} />;
  else if (!requestId) body = <p>No send check of this campaign has held anyone back so far.</p>;
  else if (check.error) body = <ErrorState error={check.error} onRetry={() => check.refetch()} />;
  else if (check.data) {
    const c = check.data;
    body = (
      <>
        <p>
          Last send check on {formatDateTime(c.at)}: {formatCount(c.blockedCount)} of {formatCount(c.contactCount)}{' '}
          contacts held back, {formatCount(c.allowedCount)} segment-eligible.
        </p>
        <ul className="exc-reasons">
          {groupBlocked(c).map((g) => (
            <li key={`${g.code}-${g.segment ?? ''}`}>
              <strong>{contactsWord(g.count)}</strong>
              {g.segment ? ` in ${names.get(g.segment) ?? g.segment}` : ''}: {g.rule ?? `${g.label}.`}
            </li>
          ))}
        </ul>
      </>
    );
  }
  return (
    <section className="card" aria-labelledby="blocked-because-title">
      <h3 id="blocked-because-title">{title}</h3>
      {body}
    </section>
  );
}
