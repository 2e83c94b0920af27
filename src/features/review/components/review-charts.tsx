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

/** Days in segment: bars inside the expected range in the calm colour, outside it in amber. */
export function DwellHistogram({ buckets }: { buckets: DwellBucket[] }) {
  return (
    <BarChart
      width={520}
      height={200}
      data={buckets}
      margin={{ top: 16, right: 8, bottom: 4, left: -20 }}
      accessibilityLayer={false}
    >
      <XAxis dataKey="label" {...axis} interval={0} fontSize={11} />
      <YAxis allowDecimals={false} {...axis} />
      <Bar dataKey="count" isAnimationActive={false} radius={[3, 3, 0, 0]}>
        {buckets.map((b) => (
          <Cell key={b.label} className={`dwell-bar dwell-${b.zone}`} />
        ))}
        <LabelList dataKey="count" position="top" className="chart-value" fontSize={11} />
      </Bar>
    </BarChart>
  );
}

/** Median days per month with the expected range as a band. */
export function MedianTrend({
  points,
  expected,
}: {
  points: { label: string; median: number | null }[];
  expected: { min: number; max: number };
}) {
  const top = Math.max(expected.max, ...points.map((p) => p.median ?? 0)) * 1.1;
  return (
    <LineChart
      width={320}
      height={200}
      data={points}
      margin={{ top: 16, right: 16, bottom: 4, left: -16 }}
      accessibilityLayer={false}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} vertical={false} />
      <ReferenceArea y1={expected.min} y2={expected.max} className="dwell-band" ifOverflow="extendDomain" />
      <XAxis dataKey="label" {...axis} />
      <YAxis domain={[0, Math.ceil(top)]} allowDecimals={false} {...axis} />
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
