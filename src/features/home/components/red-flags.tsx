import { lazy, Suspense, useDeferredValue, useEffect } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '#src/components/ui/states';
import { afterPaint } from '#src/lib/after-paint';
import { useGovernanceTrend } from '../api/get-governance-trend';
import { flagTone, RED_FLAGS, trendPoints, trendSummary } from '../utils/red-flags';

// The drawing cannot show before its figures, so its code loads while they do: asked for once the
// cards have been painted, not when the figures arrive, and the first paint does not wait for it.
let trendModule: Promise<typeof import('./red-flag-trend')> | undefined;
const loadTrend = () => {
  trendModule ??= import('./red-flag-trend');
  return trendModule;
};
const RedFlagTrend = lazy(() => loadTrend().then((m) => ({ default: m.RedFlagTrend })));

/** This month's three red flags with six months of trend; the review goes through them monthly. */
export function RedFlags() {
  const trend = useGovernanceTrend(6);
  // The figures and their drawings render as a transition React can pause, not in one long task
  // as they arrive (docs/decisions/019-what-loads-first.md); the placeholders stay meanwhile.
  const data = useDeferredValue(trend.data);
  useEffect(() => afterPaint(() => void loadTrend()), []);
  return (
    <section className="red-flags" aria-labelledby="red-flags-title" aria-busy={data === undefined && !trend.error}>
      <div className="section-header">
        <h2 id="red-flags-title">Red flags this month</h2>
        <Link to="/review">Monthly review</Link>
      </div>
      {trend.error ? <ErrorState error={trend.error} onRetry={() => trend.refetch()} /> : null}
      {trend.error ? null : (
        <div className="flag-grid">
          {RED_FLAGS.map((flag) => {
            // Until the figures arrive each card keeps its place, with a placeholder where the number
            // and the chart will be, so nothing on the page jumps when they do.
            const points = data ? trendPoints(data, flag.key) : null;
            const value = points?.at(-1)?.value ?? 0;
            const tone = points ? flagTone(flag.key, value) : 'calm';
            return (
              <article
                key={flag.key}
                className={`card flag-card flag-card-${tone}`}
                aria-labelledby={`flag-${flag.key}`}
              >
                <h3 id={`flag-${flag.key}`}>{flag.label}</h3>
                {points ? (
                  <p className={`big-number flag-value-${tone}`}>
                    {value}
                    {flag.target !== null ? <span> · target {flag.target}</span> : null}
                  </p>
                ) : (
                  <p className="big-number flag-value-pending">
                    <span className="visually-hidden">Loading…</span>
                  </p>
                )}
                <p className="muted flag-note">{flag.note}</p>
                {points ? (
                  <Suspense fallback={<ChartPlaceholder />}>
                    <RedFlagTrend flag={flag.key} points={points} target={flag.target} />
                  </Suspense>
                ) : (
                  <ChartPlaceholder />
                )}
                {points ? <p className="visually-hidden">{trendSummary(flag.label, points, flag.target)}</p> : null}
              </article>
            );
          })}
        </div>
      )}
    </section>
  );
}

/** The chart's place, shaded, while its figures load. */
const ChartPlaceholder = () => <div className="flag-chart flag-chart-placeholder" aria-hidden="true" />;
