import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Line,
  LineChart,
  ReferenceArea,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { ReasonCode } from '#domain/firewall/decide';
import type { DwellBucket } from '../utils/dwell-chart';
import type { WeekRow } from '../utils/suppressed-chart';
import { CHART_HEIGHTS, REASON_COLOURS } from './chart-figure';

/*
 * Loaded on their own, when their figure nears the screen (chart-figure.tsx): Recharts is the
 * heaviest code of the review and nothing above the fold needs it. Charts only draw: the data comes shaped from ../utils, and each chart sits in a figure whose
 * text alternative (a sentence from the same utils) is what assistive technology reads. They take
 * the width of their column at a fixed height, so the text in them stays readable.
 */

const axis = { stroke: 'currentColor', tick: { fill: 'currentColor', fontSize: 12 }, tickLine: false } as const;

// Recharts needs a colour for the series; the bars themselves are coloured by zone in CSS.
const SERIES_BLUE = '#3b6fb6';
const BAND_GREEN = '#2f8f5b';

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
    <ResponsiveContainer width="100%" height={CHART_HEIGHTS.dwell}>
      <BarChart data={buckets} margin={{ top: 16, right: 8, bottom: 4, left: -20 }} accessibilityLayer={false}>
        {band ? (
          <ReferenceArea x1={band.from} x2={band.to} fill={BAND_GREEN} fillOpacity={0.14} ifOverflow="extendDomain" />
        ) : null}
        <XAxis dataKey="label" {...axis} interval={0} tickFormatter={(label: string) => label.split('–')[0] ?? label} />
        <YAxis allowDecimals={false} {...axis} />
        <Bar dataKey="ended" stackId="stays" isAnimationActive={false} fill={SERIES_BLUE}>
          {buckets.map((b) => (
            <Cell key={b.label} className={`dwell-bar dwell-${b.zone}`} />
          ))}
        </Bar>
        <Bar dataKey="open" stackId="stays" isAnimationActive={false} fill={SERIES_BLUE}>
          {buckets.map((b) => (
            // A short open stay is still running: only "too long" marks an open stay.
            <Cell
              key={b.label}
              className={`dwell-bar dwell-open-bar dwell-${b.zone === 'below' ? 'within' : b.zone}`}
            />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
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
    <ResponsiveContainer width="100%" height={CHART_HEIGHTS.median}>
      <LineChart data={points} margin={{ top: 16, right: 16, bottom: 4, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} vertical={false} />
        {band ? (
          <ReferenceArea y1={band.y1} y2={band.y2} fill={BAND_GREEN} fillOpacity={0.14} ifOverflow="hidden" />
        ) : null}
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
    </ResponsiveContainer>
  );
}

/** Blocked decisions per week, stacked by reason. */
export function WeeklyReasons({ rows, reasons }: { rows: WeekRow[]; reasons: ReasonCode[] }) {
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHTS.weekly}>
      <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 4, left: -8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} vertical={false} />
        <XAxis dataKey="label" {...axis} />
        <YAxis allowDecimals={false} {...axis} />
        {reasons.map((r) => (
          <Bar key={r} dataKey={r} stackId="reasons" fill={REASON_COLOURS[r]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
