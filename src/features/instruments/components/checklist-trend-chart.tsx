import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '../utils/checklist-trend';

/**
 * The score by month, with the band edges (5 and 8) as dashed lines. Drawing only: `checklistTrend`
 * shapes the data, and the table beside it is the text alternative, so the drawing is hidden
 * from assistive technology.
 */
export function ChecklistTrendChart({ points }: { points: TrendPoint[] }) {
  return (
    <div className="checklist-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: -20 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.25} vertical={false} />
          <XAxis dataKey="label" stroke="currentColor" tick={{ fill: 'currentColor' }} tickLine={false} />
          <YAxis domain={[0, 10]} ticks={[0, 5, 8, 10]} stroke="currentColor" tick={{ fill: 'currentColor' }} />
          <ReferenceLine y={5} stroke="#b8860b" strokeDasharray="4 3" />
          <ReferenceLine y={8} stroke="#2f8f5b" strokeDasharray="4 3" />
          <Tooltip
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }}
          />
          <Line
            type="monotone"
            dataKey="score"
            name="Score"
            stroke="#3b6fb6"
            strokeWidth={2}
            dot={{ r: 4 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
