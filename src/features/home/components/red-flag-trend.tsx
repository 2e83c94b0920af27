import { Bar, BarChart, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { flagTone, type RedFlagKey, type TrendPoint } from '../utils/red-flags';

/**
 * A six-month sparkline of one red flag. Loaded lazily (Recharts stays out of the home route's
 * first download); the card around it carries the text alternative.
 */
export function RedFlagTrend({
  flag,
  points,
  target,
}: {
  flag: RedFlagKey;
  points: TrendPoint[];
  target: number | null;
}) {
  const max = Math.max(1, ...points.map((p) => p.value));
  return (
    <div className="flag-chart" aria-hidden="true">
      <BarChart
        width={260}
        height={96}
        data={points}
        margin={{ top: 14, right: 4, bottom: 0, left: 4 }}
        accessibilityLayer={false}
      >
        <XAxis
          dataKey="label"
          stroke="currentColor"
          tick={{ fill: 'currentColor', fontSize: 11 }}
          tickLine={false}
          interval={0}
        />
        <YAxis hide domain={[0, max]} allowDecimals={false} />
        {target !== null ? <ReferenceLine y={target} stroke="#2f8f5b" strokeWidth={2} strokeDasharray="4 3" /> : null}
        <Bar dataKey="value" isAnimationActive={false} radius={[3, 3, 0, 0]} minPointSize={2}>
          {points.map((p) => (
            <Cell key={p.month} className={`flag-bar flag-${flagTone(flag, p.value)}`} />
          ))}
          <LabelList dataKey="value" position="top" className="chart-value" fontSize={11} />
        </Bar>
      </BarChart>
    </div>
  );
}
