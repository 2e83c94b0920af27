import { useState } from 'react';
import { DWELL_FLAG_LABELS } from '#domain/reviews/dwell-stats';
import type { ReviewAgenda } from '#domain/schemas/reviews';
import { Badge } from '#src/components/ui/badge';
import { TableWrap } from '#src/components/ui/table-wrap';
import { dwellBuckets, dwellSummary, expectedBand, medianTrend, shortMonth, trendScale } from '../utils/dwell-chart';
import { CHART_HEIGHTS, ChartFigure, ChartLegend, DeferredChart, DwellHistogram, MedianTrend } from './chart-figure';

const pct = (share: number) => `${Math.round(share * 100)}%`;

type Props = { section: ReviewAgenda['dwellAnomalies']; month: string; nameOf: (key: string) => string };

export function DwellItem({ section, month, nameOf }: Props) {
  const first = section.segments.find((s) => s.flags.length > 0) ?? section.segments[0];
  const [selected, setSelected] = useState(first?.key ?? '');
  const seg = section.segments.find((s) => s.key === selected) ?? first;
  const buckets = seg ? dwellBuckets(seg.current.histogram, seg.expected) : [];
  const scale = seg ? trendScale(seg, month) : null;
  return (
    <>
      <p>
        <strong>{section.flaggedCount}</strong> of {section.segments.length} segments outside their expected dwell ·{' '}
        <strong>{section.transitions.count}</strong> {section.transitions.count === 1 ? 'move' : 'moves'} outside the
        allowed transitions.
      </p>
      <TableWrap label="Dwell per segment this month against the expected range">
        <table className="table">
          <caption className="visually-hidden">Dwell per segment this month against the expected range</caption>
          <thead>
            <tr>
              <th scope="col">Segment</th>
              <th scope="col">Expected days</th>
              <th scope="col">Median days</th>
              <th scope="col">Median of ended stays</th>
              <th scope="col">Stays</th>
              <th scope="col">Outside range</th>
              <th scope="col">Earlier medians</th>
            </tr>
          </thead>
          <tbody>
            {section.segments.map((s) => (
              <tr key={s.key}>
                <th scope="row">
                  {s.name} <span className="muted">v{s.version}</span>
                  {s.flags.map((f) => (
                    <span key={f} className="cell-sub">
                      <Badge tone="warning">{DWELL_FLAG_LABELS[f]}</Badge>
                    </span>
                  ))}
                </th>
                <td>
                  {s.expected.min}–{s.expected.max}
                </td>
                <td>{s.current.median ?? '—'}</td>
                <td>{s.current.endedMedian ?? '—'}</td>
                <td>
                  {s.current.stays}
                  <span className="cell-sub">
                    {s.current.ended} ended, {s.current.open} open
                  </span>
                </td>
                <td>{pct(s.current.shareBelow + s.current.shareAbove)}</td>
                <td className="nowrap">
                  {s.previous.map((p) => `${shortMonth(p.month)} ${p.median ?? '—'}`).join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {seg ? (
        <div className="dwell-charts">
          <label className="inline-field">
            Distribution for{' '}
            <select value={seg.key} onChange={(e) => setSelected(e.target.value)}>
              {section.segments.map((s) => (
                <option key={s.key} value={s.key}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <div className="chart-row">
            <ChartFigure
              title={`${seg.name}: days in segment (expected ${seg.expected.min}–${seg.expected.max})`}
              summary={dwellSummary(seg, month)}
            >
              <DeferredChart height={CHART_HEIGHTS.dwell}>
                <DwellHistogram buckets={buckets} band={expectedBand(buckets)} />
              </DeferredChart>
              <ChartLegend
                items={[
                  { label: 'Ended this month', className: 'swatch-ended' },
                  { label: 'Still open', className: 'swatch-open' },
                  { label: 'Outside the expected range', className: 'swatch-outside' },
                  { label: 'Expected range', className: 'swatch-band' },
                ]}
              />
            </ChartFigure>
            <ChartFigure
              title="Median days by month"
              summary={`Median per month: ${medianTrend(seg, month)
                .map((p) => `${p.label} ${p.median ?? 'no stays'}`)
                .join(', ')}.`}
            >
              <DeferredChart height={CHART_HEIGHTS.median}>
                <MedianTrend points={medianTrend(seg, month)} top={scale?.top ?? 10} band={scale?.band ?? null} />
              </DeferredChart>
            </ChartFigure>
          </div>
        </div>
      ) : null}
      <h3>Transitions outside the allowed list</h3>
      {section.transitions.items.length === 0 ? (
        <p className="muted">Every move this month followed the allowed transitions.</p>
      ) : (
        <TableWrap label="Moves the previous segment's version did not allow">
          <table className="table">
            <caption className="visually-hidden">Moves the previous segment's version did not allow</caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Moves</th>
                <th scope="col">Allowed from there</th>
              </tr>
            </thead>
            <tbody>
              {section.transitions.items.map((t) => (
                <tr key={`${t.from}-${t.to}-${t.fromVersion}`}>
                  <th scope="row">
                    {nameOf(t.from)} <span className="muted">v{t.fromVersion}</span>
                  </th>
                  <td>{nameOf(t.to)}</td>
                  <td>{t.count}</td>
                  <td>{t.allowed.map(nameOf).join(', ') || 'none'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}
