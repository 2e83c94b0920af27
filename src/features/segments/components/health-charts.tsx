import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { formatPercent, type HealthRow, type RateChart } from '../utils/health-chart';

/*
 * Charts only draw: shapeHealth (../utils/health-chart.ts) shapes the data, and each figure's
 * caption and hidden sentence are what assistive technology reads.
 */

const axis = { stroke: 'currentColor', tick: { fill: 'currentColor', fontSize: 12 }, tickLine: false } as const;
const SERIES_BLUE = '#3b6fb6';
const BAND_GREEN = '#2f8f5b';

export function SendsChart({ rows }: { rows: HealthRow[] }) {
  const latest = rows.at(-1);
  return (
    <figure className="health-chart">
      <figcaption className="chart-title">Sends per week</figcaption>
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={200}>
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 4, left: -8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} vertical={false} />
            <XAxis dataKey="label" {...axis} />
            <YAxis allowDecimals={false} {...axis} />
            <Bar dataKey="sends" fill={SERIES_BLUE} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p className="visually-hidden">
        Sends per week{latest ? `, ${latest.sends} in the week of ${latest.label}` : ''}.
      </p>
    </figure>
  );
}

export function RateChartView({ rows, chart }: { rows: HealthRow[]; chart: RateChart }) {
  return (
    <figure className="health-chart">
      <figcaption className="chart-title">
        {chart.title}
        {chart.band ? (
          <span className="muted">
            {' '}
            · usual band {formatPercent(chart.band.y1)}–{formatPercent(chart.band.y2)} shaded
          </span>
        ) : null}
      </figcaption>
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={200}>
          <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: -8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} vertical={false} />
            {chart.band ? (
              <ReferenceArea
                y1={chart.band.y1}
                y2={chart.band.y2}
                fill={BAND_GREEN}
                fillOpacity={0.16}
                ifOverflow="hidden"
              />
            ) : null}
            <XAxis dataKey="label" {...axis} />
            <YAxis domain={[0, chart.top]} tickFormatter={(v: number) => `${v}%`} allowDataOverflow {...axis} />
            <Line
              dataKey={chart.metric}
              stroke={SERIES_BLUE}
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <p className="visually-hidden">{chart.summary}</p>
    </figure>
  );
}
