import type { SegmentFigures } from '#domain/schemas/follow-ups';
import { impactRows, impactSummary } from '../utils/impact-rows';

type Props = { days: number; before: SegmentFigures; after: SegmentFigures };

/**
 * Before and after as paired bars, one pair per figure on its own scale, so a change shows at a
 * glance whatever the size of the number. It only draws: impactRows shapes the data, and
 * impactSummary is the text alternative assistive technology reads.
 */
export function ImpactChart({ days, before, after }: Props) {
  const rows = impactRows(before, after);
  return (
    <figure className="impact-chart">
      <figcaption className="chart-title">
        {days} days before the approval <span className="impact-key impact-key-before" aria-hidden="true" /> and after{' '}
        <span className="impact-key impact-key-after" aria-hidden="true" />
      </figcaption>
      <div aria-hidden="true" className="impact-rows">
        {rows.map((r) => (
          <div className="impact-row" key={r.key}>
            <span className="impact-label">{r.label}</span>
            <span className="impact-bars">
              <span className="impact-bar impact-bar-before" style={{ width: `${r.beforeWidth}%` }} />
              <span className="impact-value">{r.before}</span>
              <span className="impact-bar impact-bar-after" style={{ width: `${r.afterWidth}%` }} />
              <span className="impact-value">{r.after}</span>
            </span>
            <span className="impact-change">{r.change}</span>
          </div>
        ))}
      </div>
      <p className="visually-hidden">{impactSummary(days, rows)}</p>
    </figure>
  );
}
