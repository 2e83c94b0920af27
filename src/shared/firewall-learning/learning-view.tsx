import { channelLabel } from '#domain/segments/describe';
import { Badge } from '#src/components/ui/badge';
import { HorizontalBarChart } from '#src/components/ui/horizontal-bar-chart';
import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { Stat, StatRow } from '#src/components/ui/stats';
import { formatCount, formatDate, formatDateTime } from '#src/lib/format';
import { type Learning, useLearning } from './get-learning';
import { bySegment, reasonTotals, reasonTotalsSummary } from './learning';
import './firewall-learning.css';
import { TableWrap } from '#src/components/ui/table-wrap';

/**
 * What the segment logic held back recently and why, and how each segment stays silent.
 * For someone in their first weeks this replaces send actions: observing, not a restriction.
 */
export function LearningView({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const learning = useLearning();
  if (learning.isPending) return <Loading label="Loading what the firewall observed…" />;
  if (learning.error) return <ErrorState error={learning.error} onRetry={() => learning.refetch()} />;
  return <LearningBody data={learning.data} headingLevel={headingLevel} />;
}

function LearningBody({ data, headingLevel }: { data: Learning; headingLevel: 2 | 3 }) {
  const H = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const bars = reasonTotals(data.suppressed.bySegmentReason);
  const segments = bySegment(data.suppressed.bySegmentReason);
  const names = new Map(data.silence.map((s) => [s.segment, s.segmentName]));
  return (
    <div className="learning">
      <section className="card card-observing" aria-labelledby="observing-title">
        <H id="observing-title">{data.onboarding ? 'You are observing first' : 'What the firewall observed'}</H>
        {data.onboarding ? (
          <>
            <p className="big-number">
              {data.daysRemaining} <span>{data.daysRemaining === 1 ? 'day' : 'days'} of observing left</span>
            </p>
            <p>
              Until {formatDate(data.onboardingUntil)} you watch how segments behave before sending: what the logic
              holds back, why, and how silence keeps contacts ready. Sends in your name wait until then — readiness
              observed.
            </p>
          </>
        ) : (
          <p>Since {formatDate(data.since)}: what the segment logic held back across the workspace, and why.</p>
        )}
        <StatRow>
          <Stat
            label={`Held back since ${formatDate(data.since)}`}
            value={formatCount(data.suppressed.total)}
            tone="info"
          />
          <Stat label="For your sends" value={formatCount(data.suppressed.yours)} />
        </StatRow>
      </section>

      <section className="card" aria-labelledby="suppressed-title">
        <H id="suppressed-title">What was held back, and why</H>
        {bars.length === 0 ? (
          <EmptyState title="Nothing was held back in this period" />
        ) : (
          <>
            <HorizontalBarChart data={bars} title="Held back, by reason" summary={reasonTotalsSummary(bars)} />
            <p className="muted">A held-back send can have more than one reason, so it may count under several.</p>
            <Sub className="subheading">By current segment</Sub>
            <ul className="plain-list segment-reasons">
              {segments.map((g) => (
                <li key={g.segment ?? 'none'}>
                  <strong>{g.name}</strong>
                  <ul className="reason-sublist">
                    {g.reasons.map((r) => (
                      <li key={r.label}>
                        {r.label} — {formatCount(r.count)}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="card" aria-labelledby="silence-title">
        <H id="silence-title">Silence patterns by segment</H>
        <ul className="silence-list">
          {data.silence.map((s) => (
            <li key={s.segment} className="silence-item">
              <p className="silence-name">
                {s.segmentName} <span className="muted">v{s.version}</span>{' '}
                {s.paused ? (
                  <Badge tone="info">Paused: pause respected</Badge>
                ) : (
                  <Badge>Open to segment-eligible sends</Badge>
                )}{' '}
                {s.approval === 'owner' ? <Badge tone="info">Owner approval per campaign</Badge> : null}
              </p>
              <p>{s.note}</p>
              <p className="muted">
                {formatCount(s.members)} members · {formatCount(s.blockedLast30Days)} held back in 30 days
                {s.paused && s.allowCustomerInitiated ? ' · customer-initiated replies allowed' : ''}
                {s.paused && s.allowedChannels.length
                  ? ` · still open on ${s.allowedChannels.map(channelLabel).join(', ')}`
                  : ''}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="examples-title">
        <H id="examples-title">Recent examples</H>
        {data.examples.length === 0 ? (
          <EmptyState title="No examples yet" />
        ) : (
          <TableWrap label="Recent held-back sends and their reasons">
            <table className="table">
              <caption className="visually-hidden">Recent held-back sends and their reasons</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Contact</th>
                  <th scope="col">Current segment</th>
                  <th scope="col">Channel</th>
                  <th scope="col">Why it was held back</th>
                </tr>
              </thead>
              <tbody>
                {data.examples.map((e) => (
                  <tr key={`${e.at}-${e.contactId}`}>
                    <td className="nowrap">{formatDateTime(e.at)}</td>
                    <td>
                      <code>{e.contactId}</code>
                      {e.campaignName ? <span className="cell-sub">{e.campaignName}</span> : null}
                    </td>
                    <td>{e.segment ? (names.get(e.segment) ?? e.segment) : '—'}</td>
                    <td>{channelLabel(e.channel)}</td>
                    <td>
                      <span className="badges">
                        {e.reasons.map((r) => (
                          <Badge key={r.code} tone="info">
                            {r.label}
                          </Badge>
                        ))}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
    </div>
  );
}
