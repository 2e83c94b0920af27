import { useState } from 'react';
import { PRESSURE_QUESTION } from '#domain/reviews/agenda';
import type { ReviewAgenda } from '#domain/schemas/reviews';
import { Button } from '#src/components/ui/button';
import { HorizontalBarChart } from '#src/components/ui/horizontal-bar-chart';
import { barsText, countBars } from '../utils/count-bars';

/**
 * Override attempts as patterns: by team and by segment. The server includes who tried only for
 * the owner, who may open the list; nobody is named by default.
 */
type Props = { section: ReviewAgenda['pressure']; nameOf: (key: string) => string };

export function PressureItem({ section, nameOf }: Props) {
  const [showNames, setShowNames] = useState(false);
  const teams = countBars(section.byTeam, 'No team recorded');
  const segments = countBars(
    section.bySegment.map((s) => ({ ...s, key: s.key === null ? null : nameOf(s.key) })),
    'No segment named',
  );
  return (
    <>
      <p>
        <strong>{section.overrideAttempts}</strong> override {section.overrideAttempts === 1 ? 'attempt' : 'attempts'},
        all refused. We are not punishing: these show where pressure pushes on the rules.
      </p>
      {section.overrideAttempts > 0 ? (
        <div className="chart-row">
          <HorizontalBarChart
            title="By team"
            data={teams.map((b) => ({ label: b.label, value: b.count }))}
            labelWidth={180}
            summary={`Override attempts by team: ${barsText(teams, 'override attempts')}`}
          />
          <HorizontalBarChart
            title="By segment"
            data={segments.map((b) => ({ label: b.label, value: b.count }))}
            labelWidth={180}
            summary={`Override attempts by segment: ${barsText(segments, 'override attempts')}`}
          />
        </div>
      ) : null}
      {section.people && section.people.length > 0 ? (
        <div className="no-print">
          <Button variant="ghost" aria-expanded={showNames} onClick={() => setShowNames((v) => !v)}>
            {showNames ? 'Hide who tried' : 'Show who tried (owner only)'}
          </Button>
          {showNames ? (
            <ul className="plain-list people-list">
              {section.people.map((p) => (
                <li key={p.actor}>
                  {p.actor} <span className="muted">{p.team ?? ''}</span> — {p.count}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {section.answer ? (
        <blockquote className="pressure-answer">
          <p className="notice-title">{PRESSURE_QUESTION}</p>
          {section.answer.split('\n').map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines of one frozen text never reorder
            <p key={i}>{line}</p>
          ))}
        </blockquote>
      ) : null}
    </>
  );
}
