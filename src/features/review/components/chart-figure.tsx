import { lazy, type ReactNode, Suspense, useRef } from 'react';
import type { ReasonCode } from '#domain/firewall/decide';
import { useNearScreen } from '#src/components/ui/horizontal-bar-chart';

// Calm, distinguishable in light and dark mode: a blocked send is the firewall working, never red.
export const REASON_COLOURS: Record<ReasonCode, string> = {
  segment_paused: '#3b6fb6',
  not_in_target_segment: '#17849a',
  approval_required: '#8a5cc2',
  frequency_cap: '#6b7f1f',
  actor_onboarding: '#b8860b',
  actor_is_owner: '#a0522d',
  unknown_contact: '#7a8699',
  no_consent: '#a0522d',
};

/** Each drawing's height, kept by its placeholder until Recharts has loaded, so nothing moves. */
export const CHART_HEIGHTS = { dwell: 220, median: 220, weekly: 240 } as const;

/** A legend in HTML below the drawing (Recharts' own is positioned for a fixed-size chart). */
export function ChartLegend({ items }: { items: { label: string; colour?: string; className?: string }[] }) {
  return (
    <ul className="chart-legend">
      {items.map((i) => (
        <li key={i.label}>
          <span className={`swatch ${i.className ?? ''}`} style={i.colour ? { background: i.colour } : undefined} />
          {i.label}
        </li>
      ))}
    </ul>
  );
}

type FigureProps = { title: string; summary: string; children: ReactNode; className?: string };

export function ChartFigure({ title, summary, children, className }: FigureProps) {
  return (
    <figure className={`chart ${className ?? ''}`}>
      <figcaption className="chart-title">{title}</figcaption>
      <div aria-hidden="true" className="review-chart-canvas">
        {children}
      </div>
      <p className="visually-hidden">{summary}</p>
    </figure>
  );
}

const charts = () => import('./review-charts');
export const DwellHistogram = lazy(() => charts().then((m) => ({ default: m.DwellHistogram })));
export const MedianTrend = lazy(() => charts().then((m) => ({ default: m.MedianTrend })));
export const WeeklyReasons = lazy(() => charts().then((m) => ({ default: m.WeeklyReasons })));

/**
 * A chart drawn once its place comes within a screen of view, or the page is printed: until then
 * (and while Recharts loads) a shaded box of the drawing's height holds the place. The figure's
 * title, text alternative and legend are there from the start (docs/architecture.md, "Loading").
 */
export function DeferredChart({ height, children }: { height: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearScreen(ref);
  const placeholder = <div className="chart-placeholder" style={{ height }} />;
  return <div ref={ref}>{near ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder}</div>;
}
