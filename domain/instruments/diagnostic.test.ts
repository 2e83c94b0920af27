import { describe, expect, it } from 'vitest';
import {
  DIAGNOSTIC_QUESTIONS,
  type DiagnosticAnswer,
  diagnosticResult,
  THEME_NEXT_STEPS,
  themeScores,
} from './diagnostic';
import { diagnosticMarkdown } from './diagnostic-markdown';

const all = (score: number): DiagnosticAnswer[] =>
  DIAGNOSTIC_QUESTIONS.map((q) => ({ question: q.key, score, note: '' }));

describe('the journey diagnostic', () => {
  it('has two questions in each of the five themes', () => {
    expect(DIAGNOSTIC_QUESTIONS).toHaveLength(10);
    expect(Object.values(themeScores(all(0)))).toHaveLength(5);
  });

  it('scores each theme as the mean of its answers and names the weakest', () => {
    const answers = all(4).map((a) =>
      a.question === 'assessed_together' ? { ...a, score: 1 } : a.question === 'goal_led' ? { ...a, score: 2 } : a,
    );
    const result = diagnosticResult(answers);
    expect(result.themes.find((t) => t.theme === 'prioritisation')?.score).toBe(1.5);
    expect(result.weakest).toBe('prioritisation');
    expect(result.nextSteps).toEqual(THEME_NEXT_STEPS.prioritisation);
    expect(result.overall).toBe(3.5);
    expect(result.themes.every((t) => t.delta === null)).toBe(true);
  });

  it('counts an unanswered question as 0 and breaks a tie by theme order', () => {
    const result = diagnosticResult([]);
    expect(result.overall).toBe(0);
    expect(result.weakest).toBe('ownership');
  });

  it('gives the change per theme since the previous diagnostic', () => {
    const previous = themeScores(all(2));
    const result = diagnosticResult(all(3), previous);
    expect(result.themes.map((t) => t.delta)).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('the Markdown export', () => {
  const answers = all(2).map((a) =>
    a.question === 'single_owner'
      ? { ...a, note: '# not a heading\n[link](http://x)', observed: 'One owner.' }
      : { ...a, observed: null },
  );
  const md = diagnosticMarkdown({
    id: 'd1',
    takenAt: '2026-11-15T12:00:00.000Z',
    takenBy: { name: 'Dana *Reyes*' },
    answers,
    result: diagnosticResult(answers, themeScores(all(1))),
    previous: { id: 'd0', takenAt: '2026-10-01T09:00:00.000Z' },
  });

  it('holds the scores, the change, the weakest area, its next steps and each answer', () => {
    expect(md).toContain('# Journey diagnostic, 2026-11-15');
    expect(md).toContain('Compared with the diagnostic of 2026-10-01.');
    expect(md).toContain('| Ownership | 2 | +1 |');
    expect(md).toContain('## Weakest area: Ownership');
    expect(md).toContain(`- ${THEME_NEXT_STEPS.ownership[0]}`);
    expect(md).toContain('Charter observed: One owner.');
    expect(md.match(/^### /gm)).toHaveLength(10);
  });

  it('escapes people’s text so it adds no markup', () => {
    expect(md).toContain('Taken by Dana \\*Reyes\\*.');
    expect(md).toContain('> \\# not a heading');
    expect(md).toContain('> \\[link\\]\\(http\\://x\\)');
    expect(md).not.toMatch(/^# not/m);
  });
});
