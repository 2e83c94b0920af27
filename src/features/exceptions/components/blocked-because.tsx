import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ReasonCode } from '../../../../domain/firewall/decide';
import { ErrorState, Loading } from '../../../components/ui/states';
import { formatCount, formatDateTime } from '../../../lib/format';
import { useCampaign } from '../../campaigns/api/get-campaign';
import { type BreakdownRow, outcomeSentence } from '../../campaigns/utils/send-breakdown';
import { useDecisions } from '../../firewall/api/get-decisions';
import { type FirewallRequest, firewallRequestQuery } from '../../firewall/api/get-request';

type Row = BreakdownRow & { rule: string };

/** The blocked decisions of one check, grouped by reason and segment, largest first. */
export function groupBlocked(request: FirewallRequest, names: ReadonlyMap<string, string>): Row[] {
  const groups = new Map<string, Row>();
  for (const d of request.blocked) {
    for (const r of d.reasons) {
      const key = `${r.code}|${d.segment ?? ''}`;
      const row = groups.get(key) ?? {
        reason: r.code as ReasonCode,
        segment: d.segment,
        segmentName: d.segment ? (names.get(d.segment) ?? d.segment) : null,
        count: 0,
        rule: r.rule,
      };
      row.count++;
      groups.set(key, row);
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/**
 * Exactly why the campaign was held back: its latest send check, by reason and segment, with the
 * rule behind each reason. Calm words: a held-back contact is the segment logic working.
 */
export function BlockedBecause({ campaignId, names }: { campaignId: string; names: ReadonlyMap<string, string> }) {
  const campaign = useCampaign(campaignId);
  const decisions = useDecisions({ campaign: campaignId });
  const requestId = decisions.data?.pages[0]?.items[0]?.requestId ?? null;
  const request = useQuery({ ...firewallRequestQuery(requestId ?? ''), enabled: requestId !== null });
  const title = campaign.data ? `Why “${campaign.data.name}” was held back` : 'Why the campaign was held back';

  let body: ReactNode;
  if (decisions.isPending || (requestId && request.isPending)) body = <Loading label="Loading the last send check…" />;
  else if (decisions.error) body = <ErrorState error={decisions.error} onRetry={() => decisions.refetch()} />;
  else if (!requestId) body = <p>No send check of this campaign has held anyone back so far.</p>;
  else if (request.error) body = <ErrorState error={request.error} onRetry={() => request.refetch()} />;
  else if (request.data) {
    const r = request.data;
    const rows = groupBlocked(r, names);
    body = (
      <>
        <p>
          Last send check on {formatDateTime(r.at)}: {formatCount(r.blockedCount)} of {formatCount(r.contactCount)}{' '}
          contacts held back, {formatCount(r.allowedCount)} segment-eligible.
        </p>
        <ul className="outcome-list">
          {rows.map((row) => (
            <li key={`${row.reason}-${row.segment ?? ''}`}>
              {outcomeSentence(row)} <span className="muted">Rule: {row.rule}.</span>
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
