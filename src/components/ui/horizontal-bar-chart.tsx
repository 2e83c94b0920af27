import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import './horizontal-bar-chart.css';

export type BarDatum = { label: string; value: number };

type Props = { data: readonly BarDatum[]; title: string; summary: string; labelWidth?: number };

export const BAR_CHART_WIDTH = 640;
const ROW = 40;
export const barChartHeight = (rows: number) => rows * ROW + 16;

const Drawing = lazy(() => import('./horizontal-bar-drawing').then((m) => ({ default: m.HorizontalBarDrawing })));

/**
 * One horizontal bar per row, drawn at a fixed size and scaled by CSS through the SVG viewBox,
 * so it needs no resize observer. The bars are hidden from assistive technology; `summary`
 * (from the caller's pure shaping function) is the text alternative. Recharts loads on its own
 * once the chart comes within a screen of view (or the page is printed); until then a box of the
 * drawing's proportions holds its place, so nothing moves when it arrives.
 */
export function HorizontalBarChart({ data, title, summary, labelWidth = 300 }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearScreen(ref);
  const placeholder = (
    <div className="chart-placeholder" style={{ aspectRatio: `${BAR_CHART_WIDTH} / ${barChartHeight(data.length)}` }} />
  );
  return (
    <figure className="chart">
      <figcaption className="chart-title">{title}</figcaption>
      <div aria-hidden="true" className="chart-canvas" ref={ref}>
        {near ? (
          <Suspense fallback={placeholder}>
            <Drawing data={data} labelWidth={labelWidth} />
          </Suspense>
        ) : (
          placeholder
        )}
      </div>
      <p className="visually-hidden">{summary}</p>
    </figure>
  );
}

/**
 * True once the element comes within a screen's height of view, or the page is about to print.
 * Without IntersectionObserver (jsdom) everything is near.
 */
export function useNearScreen(ref: React.RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: '100% 0px',
    });
    observer.observe(el);
    const print = () => setNear(true);
    window.addEventListener('beforeprint', print);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', print);
    };
  }, [near, ref]);
  return near;
}
