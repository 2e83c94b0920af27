import type { PilotReadout } from '#domain/schemas/pilots';
import { Badge } from '#src/components/ui/badge';
import { readoutRows, readoutSummary } from '../utils/readout-rows';

/**
 * The pilot cohort's rate against the control's, one pair of bars per metric on its own scale,
 * with the difference's interval and the verdict in words. It only draws: readoutRows shapes the
 * data and readoutSummary is the text alternative.
 */
export function ReadoutChart({ readout }: { readout: PilotReadout }) {
  const rows = readoutRows(readout);
  return (
    <figure className="impact-chart">
      <figcaption className="chart-title">
        Pilot cohort <span className="impact-key impact-key-after" aria-hidden="true" /> against control{' '}
        <span className="impact-key impact-key-before" aria-hidden="true" />, share of contacts reached
      </figcaption>
      <div aria-hidden="true" className="impact-rows">
        {rows.map((r) => (
          <div className="impact-row" key={r.metric}>
            <span className="impact-label">{r.label}</span>
            <span className="impact-bars">
              <span className="impact-bar impact-bar-after" style={{ width: `${r.pilotWidth}%` }} />
              <span className="impact-value">{r.pilot}</span>
              <span className="impact-bar impact-bar-before" style={{ width: `${r.controlWidth}%` }} />
              <span className="impact-value">{r.control}</span>
            </span>
            <span className="impact-change">{r.change}</span>
          </div>
        ))}
      </div>
      <p className="visually-hidden">{readoutSummary(rows)}</p>
      <ul className="readout-verdicts">
        {rows.map((r) => (
          <li key={r.metric}>
            <Badge tone={r.tone}>{r.label}</Badge> {r.verdict} <span className="muted">({r.interval})</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
