import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import { BAR_CHART_WIDTH, type BarDatum, barChartHeight } from './horizontal-bar-chart';

/** The Recharts drawing of HorizontalBarChart, loaded on its own when the chart nears the screen. */
export function HorizontalBarDrawing({ data, labelWidth }: { data: readonly BarDatum[]; labelWidth: number }) {
  return (
    <BarChart
      width={BAR_CHART_WIDTH}
      height={barChartHeight(data.length)}
      data={[...data]}
      layout="vertical"
      margin={{ top: 8, right: 56, bottom: 8, left: 8 }}
      // Recharts' keyboard layer would make the hidden drawing focusable; the summary is the alternative.
      accessibilityLayer={false}
    >
      <XAxis type="number" hide allowDecimals={false} />
      <YAxis type="category" dataKey="label" width={labelWidth} tickLine={false} axisLine={false} />
      <Bar dataKey="value" className="chart-bar" isAnimationActive={false} barSize={22} radius={[0, 4, 4, 0]}>
        <LabelList dataKey="value" position="right" className="chart-value" />
      </Bar>
    </BarChart>
  );
}
