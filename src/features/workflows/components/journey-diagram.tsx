import { formatCount } from '#src/lib/format';
import { type JourneyLayout, pathOf } from '../utils/journey-layout';

/**
 * The segment state machine drawn from its layout: states as boxes with their members and the
 * workflows acting on them, allowed transitions as arrows as thick as the moves seen in 30 days,
 * moves no transition allows in red and dashed. A picture for sighted readers; the same facts
 * are in the text beside it (JourneyText), which the figure points to.
 */
export function JourneyDiagram({ layout, describedBy }: { layout: JourneyLayout; describedBy: string }) {
  return (
    // Focusable so a keyboard can scroll a drawing wider than the screen (axe: scrollable-region-focusable).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard
    <section className="journey-scroll" tabIndex={0} aria-label="The drawing; scroll sideways to see all of it">
      <svg
        className="journey-svg"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby="journey-svg-title"
        aria-describedby={describedBy}
      >
        <title id="journey-svg-title">Journey map: segments and the moves between them</title>
        <defs>
          <marker
            id="arrow-ok"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="10"
            markerHeight="10"
            markerUnits="userSpaceOnUse"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" className="arrow-ok" />
          </marker>
          <marker
            id="arrow-off"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="10"
            markerHeight="10"
            markerUnits="userSpaceOnUse"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" className="arrow-off" />
          </marker>
        </defs>
        {layout.edges.map((e) => (
          <g key={`${e.from}-${e.to}`} className={e.allowed ? 'edge-ok' : 'edge-off'}>
            <path
              d={pathOf(e.points)}
              fill="none"
              strokeWidth={e.strokeWidth}
              strokeDasharray={e.allowed ? undefined : '6 4'}
              markerEnd={`url(#${e.allowed ? 'arrow-ok' : 'arrow-off'})`}
            />
            <text x={e.label.x} y={e.label.y + 4} textAnchor="middle" className="edge-label">
              {formatCount(e.observed30d)}
            </text>
          </g>
        ))}
        {layout.nodes.map((n) => (
          <g key={n.key} transform={`translate(${n.x},${n.y})`} className={n.paused ? 'state paused' : 'state'}>
            <rect width={n.width} height={n.height} rx="8" />
            <text x="12" y="22" className="state-name">
              {n.name}
              {n.paused ? ' · paused' : ''}
            </text>
            <text x="12" y="40" className="state-members">
              {formatCount(n.members)} {n.members === 1 ? 'member' : 'members'}
            </text>
            {n.shown.map((name, i) => (
              <text key={name} x="12" y={62 + i * 18} className="state-workflow">
                ▸ {name.length > 23 ? `${name.slice(0, 22)}…` : name}
              </text>
            ))}
            {n.more > 0 ? (
              <text x="12" y={62 + n.shown.length * 18} className="state-workflow">
                and {n.more} more
              </text>
            ) : null}
          </g>
        ))}
      </svg>
    </section>
  );
}
