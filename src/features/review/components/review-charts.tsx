import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  XAxis,
  YAxis,
} from 'recharts';
import { REASON_LABELS, type ReasonCode } from '../../../../domain/firewall/decide';
import type { DwellBucket } from '../utils/dwell-chart';
import type { WeekRow } from '../utils/suppressed-chart';

/*
 * Charts only draw: the data comes shaped from ../utils, and each chart sits in a figure whose
 * text alternative (a sentence from the same utils) is what assistive technology reads. They draw
 * at a fixed size and scale with their container through the SVG viewBox.
 */

const axis = { stroke: 'currentColor', tick: { fill: 'currentColor', fontSize: 12 }, tickLine: false } as const;

// Calm, distinguishable in light and dark mode: a blocked send is the firewall working, never red.
const REASON_COLOURS: Record<ReasonCode, string> = {
  segment_paused: '#3b6fb6',
  not_in_target_segment: '#17849a',
  approval_required: '#8a5cc2',
  frequency_cap: '#6b7f1f',
  actor_onboarding: '#b8860b',
  unknown_contact: '#7a8699',
};

// Only the legend swatches use it: the bars themselves are coloured by zone in CSS.
const LEGEND_BLUE = '#3b6fb6';

type FigureProps = { title: string; summary: string; children: React.ReactNode; className?: string };

export function ChartFigure({ title, summary, children, className }: FigureProps) {
  return (
    <figure className={`chart ${className ?? ''}`}>
      <figcaption className="chart-title">{title}</figcaption>
      <div aria-hidden="true" className="chart-canvas">
        {children}
      </div>
      <p className="visually-hidden">{summary}</p>
    </figure>
  );
}

/**
 * Days in segment: stays that ended this month and stays still open, stacked, over a shaded band
 * for the expected range. Bars outside the range are drawn in amber.
 */
export function DwellHistogram({
  buckets,
  band,
}: {
  buckets: DwellBucket[];
  band: { from: string; to: string } | null;
}) {
  return (
    <BarChart
      width={520}
      height={220}
      data={buckets}
      margin={{ top: 16, right: 8, bottom: 4, left: -20 }}
      accessibilityLayer={false}
    >
      {band ? <ReferenceArea x1={band.from} x2={band.to} className="dwell-band" ifOverflow="extendDomain" /> : null}
      <XAxis dataKey="label" {...axis} interval={0} fontSize={11} />
      <YAxis allowDecimals={false} {...axis} />
      <Legend formatter={(name: string) => <span className="chart-legend">{name}</span>} />
      <Bar dataKey="ended" name="Ended this month" stackId="stays" isAnimationActive={false} fill={LEGEND_BLUE}>
        {buckets.map((b) => (
          <Cell key={b.label} className={`dwell-bar dwell-${b.zone}`} />
        ))}
      </Bar>
      <Bar
        dataKey="open"
        name="Still open"
        stackId="stays"
        isAnimationActive={false}
        fill={LEGEND_BLUE}
        fillOpacity={0.45}
      >
        {buckets.map((b) => (
          <Cell key={b.label} className={`dwell-bar dwell-open-bar dwell-${b.zone}`} />
        ))}
      </Bar>
    </BarChart>
  );
}

/** Median days per month with the expected range as a band (clipped to the chart). */
export function MedianTrend({
  points,
  top,
  band,
}: {
  points: { label: string; median: number | null }[];
  top: number;
  band: { y1: number; y2: number } | null;
}) {
  return (
    <LineChart
      width={320}
      height={220}
      data={points}
      margin={{ top: 16, right: 16, bottom: 4, left: -16 }}
      accessibilityLayer={false}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} vertical={false} />
      {band ? <ReferenceArea y1={band.y1} y2={band.y2} className="dwell-band" ifOverflow="hidden" /> : null}
      <XAxis dataKey="label" {...axis} />
      <YAxis domain={[0, top]} allowDecimals={false} allowDataOverflow {...axis} />
      <Line
        dataKey="median"
        className="dwell-line"
        isAnimationActive={false}
        connectNulls
        dot={{ r: 4 }}
        strokeWidth={2}
      >
        <LabelList dataKey="median" position="top" className="chart-value" fontSize={11} />
      </Line>
    </LineChart>
  );
}

/** Blocked decisions per week, stacked by reason. */
export function WeeklyReasons({ rows, reasons }: { rows: WeekRow[]; reasons: ReasonCode[] }) {
  return (
    <BarChart
      width={640}
      height={260}
      data={rows}
      margin={{ top: 8, right: 8, bottom: 4, left: -8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} vertical={false} />
      <XAxis dataKey="label" {...axis} />
      <YAxis allowDecimals={false} {...axis} />
      <Legend formatter={(code: ReasonCode) => <span className="chart-legend">{REASON_LABELS[code]}</span>} />
      {reasons.map((r) => (
        <Bar key={r} name={r} dataKey={r} stackId="reasons" fill={REASON_COLOURS[r]} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
