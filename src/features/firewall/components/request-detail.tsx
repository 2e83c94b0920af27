import { useEffect, useRef } from 'react';
import { channelLabel } from '#domain/segments/describe';
import { Badge } from '#src/components/ui/badge';
import { Button } from '#src/components/ui/button';
import { ErrorState, Loading } from '#src/components/ui/states';
import { formatCount, formatDateTime } from '#src/lib/format';
import { useFirewallRequest } from '#src/shared/queries/get-firewall-request';
import { groupByRule } from '../utils/explanations';
import { AllowedGroups } from './allowed-groups';
import { PilotNote } from './pilot-note';

/** One check request: who asked, what for, and the rule and segment version behind each reason. */
export function RequestDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const request = useFirewallRequest(id);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a request moves focus to it, so keyboard and screen-reader users land on what they asked for.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when another request is opened
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'nearest' });
  }, [id]);
  return (
    <section className="card request-detail" aria-labelledby="request-detail-title">
      <div className="section-header">
        <h2 id="request-detail-title" ref={heading} tabIndex={-1}>
          Send request
        </h2>
        <Button variant="ghost" onClick={onClose}>
          Close
        </Button>
      </div>
      {request.isPending ? <Loading label="Loading the request…" /> : null}
      {request.error ? <ErrorState error={request.error} onRetry={() => request.refetch()} /> : null}
      {request.data ? (
        <>
          <dl className="facts">
            <dt>When</dt>
            <dd>{formatDateTime(request.data.at)}</dd>
            <dt>Actor</dt>
            <dd>{request.data.actor ?? request.data.caller}</dd>
            <dt>Channel</dt>
            <dd>
              {channelLabel(request.data.channel)}
              {request.data.customerInitiated ? ' · customer-initiated' : ''}
            </dd>
            <dt>Campaign</dt>
            <dd>{request.data.campaignName ?? '—'}</dd>
            <dt>Target segment</dt>
            <dd>{request.data.targetSegment ?? '—'}</dd>
            <dt>Contacts</dt>
            <dd>
              {formatCount(request.data.contactCount)} checked · {formatCount(request.data.allowedCount)} allowed ·{' '}
              {formatCount(request.data.blockedCount)} held back
            </dd>
          </dl>
          {request.data.segmentUnsafe ? (
            <p>
              <Badge tone="info">Segment rule applied</Badge> At least one contact was held back by a segment rule, so
              this counts as a segment-unsafe campaign attempt in the monthly review.
            </p>
          ) : null}
          <PilotNote blocked={request.data.blocked} />
          <h3>Why contacts were held back</h3>
          <ul className="plain-list">
            {groupByRule(request.data.blocked).map((g) => (
              <li key={`${g.code}-${g.segment}-${g.segmentVersion}-${g.rule}`}>
                <strong>{g.label}</strong> — {formatCount(g.count)} {g.count === 1 ? 'contact' : 'contacts'}
                <p>{g.rule}</p>
                <p className="muted">
                  {g.segment ? `Segment ${g.segment} v${g.segmentVersion ?? '?'} · ` : ''}e.g.{' '}
                  {g.contacts.map((c, i) => (
                    <span key={c}>
                      {i > 0 ? ', ' : ''}
                      <code>{c}</code>
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ul>
          <AllowedGroups request={request.data} />
        </>
      ) : null}
    </section>
  );
}
