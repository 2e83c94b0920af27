import { REASON_LABELS } from '#domain/firewall/decide';
import type { ReviewAgenda } from '#domain/schemas/reviews';
import { HorizontalBarChart } from '#src/components/ui/horizontal-bar-chart';
import { formatCount } from '#src/lib/format';
import { barsText } from '../utils/count-bars';
import { bySegment, comparedWithLastMonth, suppressedSummary, weeklyByReason } from '../utils/suppressed-chart';
import { CHART_HEIGHTS, ChartFigure, ChartLegend, DeferredChart, REASON_COLOURS, WeeklyReasons } from './chart-figure';

type Props = { section: ReviewAgenda['suppressedVolume']; nameOf: (key: string) => string };

/** Held-back decisions are the firewall doing its job: shown calmly, never as a failure. */
export function SuppressedItem({ section, nameOf }: Props) {
  const weekly = weeklyByReason(section.items);
  const segments = bySegment(section.items).map((s) => ({ label: nameOf(s.segment), value: s.count }));
  return (
    <>
      <p className="big-number">
        {formatCount(section.total)} <span>held-back decisions</span>
      </p>
      <p>
        {comparedWithLastMonth(section.total, section.lastMonthTotal)} {formatCount(section.segmentUnsafeAttempts)}{' '}
        segment-unsafe campaign {section.segmentUnsafeAttempts === 1 ? 'attempt' : 'attempts'}. A rising number often
        means the firewall is doing its job.
      </p>
      {section.total > 0 ? (
        <>
          <ChartFigure title="By week and reason" summary={suppressedSummary(section)}>
            <DeferredChart height={CHART_HEIGHTS.weekly}>
              <WeeklyReasons rows={weekly.rows} reasons={weekly.reasons} />
            </DeferredChart>
            <ChartLegend items={weekly.reasons.map((r) => ({ label: REASON_LABELS[r], colour: REASON_COLOURS[r] }))} />
          </ChartFigure>
          <HorizontalBarChart
            title="By segment (a decision counts under each of its reasons)"
            data={segments}
            labelWidth={160}
            summary={`Held back by segment: ${barsText(
              segments.map((s) => ({ label: s.label, count: s.value })),
              'held-back decisions',
            )}`}
          />
        </>
      ) : null}
    </>
  );
}
