import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import './horizontal-bar-chart.css';

export type BarDatum = { label: string; value: number };

type Props = { data: readonly BarDatum[]; title: string; summary: string; labelWidth?: number };

const WIDTH = 640;
const ROW = 40;

/**
 * One horizontal bar per row, drawn at a fixed size and scaled by CSS through the SVG viewBox,
 * so it needs no resize observer. The bars are hidden from assistive technology; `summary`
 * (from the caller's pure shaping function) is the text alternative. Import it only from lazy
 * route modules, so Recharts ships with the pages that draw.
 */
export function HorizontalBarChart({ data, title, summary, labelWidth = 300 }: Props) {
  return (
    <figure className="chart">
      <figcaption className="chart-title">{title}</figcaption>
      <div aria-hidden="true" className="chart-canvas">
        <BarChart
          width={WIDTH}
          height={data.length * ROW + 16}
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
      </div>
      <p className="visually-hidden">{summary}</p>
    </figure>
  );
}
