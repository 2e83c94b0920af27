import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { UsageChartData, UsageRow } from './usage-chart-data';

// Distinguishable in light and dark mode, and from each other for the common colour-vision deficiencies.
const PALETTE = ['#3b6fb6', '#d0661f', '#2f8f5b', '#8a5cc2', '#b8860b', '#17849a', '#c2487f', '#6b7f1f'];

/**
 * Findings per month, stacked by term. Drawing only: `shapeUsage` prepares the data, and the
 * visually hidden table next to it is the text alternative, so the drawing itself is hidden
 * from assistive technology.
 */
export function UsageChart({ data }: { data: UsageChartData }) {
  return (
    <div className="usage-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data.rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.25} vertical={false} />
          <XAxis dataKey="short" interval={0} stroke="currentColor" tick={{ fill: 'currentColor' }} tickLine={false} />
          <YAxis allowDecimals={false} stroke="currentColor" tick={{ fill: 'currentColor' }} tickLine={false} />
          <Tooltip
            labelFormatter={(_, payload) => payload?.[0]?.payload?.label ?? ''}
            cursor={{ fill: 'currentColor', fillOpacity: 0.08 }}
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }}
          />
          <Legend formatter={(term) => <span className="usage-legend">{term}</span>} />
          {data.terms.map((term, i) => (
            <Bar
              key={term}
              name={term}
              dataKey={(row: UsageRow) => row.counts[term] ?? 0}
              stackId="findings"
              fill={PALETTE[i % PALETTE.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
