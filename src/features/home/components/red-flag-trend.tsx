import { flagTone, type RedFlagKey, type TrendPoint } from '../utils/red-flags';

const WIDTH = 260;
const HEIGHT = 96;
const TOP = 14; // room for the value above the tallest bar
const BASELINE = 78; // the month labels sit below it
const SIDE = 4;

/**
 * A six-month sparkline of one red flag, drawn as plain SVG: a handful of bars does not need a
 * chart library on the first page people see. The card around it carries the text alternative.
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
  const band = (WIDTH - 2 * SIDE) / Math.max(1, points.length);
  const barWidth = band * 0.8;
  const y = (value: number) => BASELINE - (value / max) * (BASELINE - TOP);
  return (
    <div className="flag-chart" aria-hidden="true">
      <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} fontSize={11} aria-hidden="true">
        {points.map((p, i) => {
          const centre = SIDE + band * i + band / 2;
          // At least 2 px, so a zero month still shows as a bar on the axis.
          const top = Math.min(y(p.value), BASELINE - 2);
          return (
            <g key={p.month}>
              <path
                className={`flag-bar flag-${flagTone(flag, p.value)}`}
                d={barPath(centre - barWidth / 2, top, barWidth, BASELINE - top)}
              />
              <text className="chart-value" x={centre} y={top - 4} textAnchor="middle">
                {p.value}
              </text>
              <text x={centre} y={HEIGHT - 4} textAnchor="middle">
                {p.label}
              </text>
            </g>
          );
        })}
        <line x1={SIDE} x2={WIDTH - SIDE} y1={BASELINE} y2={BASELINE} stroke="currentColor" />
        {target !== null ? (
          <line
            x1={SIDE}
            x2={WIDTH - SIDE}
            y1={y(target)}
            y2={y(target)}
            stroke="#2f8f5b"
            strokeWidth={2}
            strokeDasharray="4 3"
          />
        ) : null}
      </svg>
    </div>
  );
}

/** A bar with its top corners rounded (3 px, less for a very short bar). */
function barPath(x: number, top: number, width: number, height: number): string {
  const r = Math.min(3, height / 2, width / 2);
  return [
    `M${x},${top + height}`,
    `V${top + r}`,
    `Q${x},${top} ${x + r},${top}`,
    `H${x + width - r}`,
    `Q${x + width},${top} ${x + width},${top + r}`,
    `V${top + height}`,
    'Z',
  ].join(' ');
}
