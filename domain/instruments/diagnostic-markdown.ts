import { markdownLines, markdownText } from '#domain/markdown-text';
import {
  DIAGNOSTIC_QUESTIONS,
  type DiagnosticQuestionKey,
  type DiagnosticResult,
  SCORE_LABELS,
  SCORE_MAX,
  THEME_LABELS,
} from './diagnostic';

export type DiagnosticReport = {
  id: string;
  takenAt: string;
  takenBy: { name: string };
  answers: { question: DiagnosticQuestionKey; score: number; note: string; observed: string | null }[];
  result: DiagnosticResult;
  previous: { id: string; takenAt: string } | null;
};

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/**
 * A diagnostic as a Markdown document (the export people download): the scores per theme with
 * their change since the previous diagnostic, the weakest theme and its next steps, then every
 * answer with its note. People's text is escaped, so a note never adds markup of its own.
 */
export function diagnosticMarkdown(d: DiagnosticReport): string {
  const out: string[] = [
    `# Journey diagnostic, ${d.takenAt.slice(0, 10)}`,
    '',
    `Taken by ${markdownText(d.takenBy.name)}. Overall ${d.result.overall} of ${SCORE_MAX}.`,
    '',
    d.previous
      ? `Compared with the diagnostic of ${d.previous.takenAt.slice(0, 10)}.`
      : 'The first diagnostic: nothing to compare with yet.',
    '',
    '## Scores by theme',
    '',
    '| Theme | Score | Change |',
    '| --- | --- | --- |',
    ...d.result.themes.map(
      (t) => `| ${THEME_LABELS[t.theme]} | ${t.score} | ${t.delta === null ? '–' : signed(t.delta)} |`,
    ),
    '',
    `## Weakest area: ${THEME_LABELS[d.result.weakest]}`,
    '',
    ...d.result.nextSteps.map((s) => `- ${s}`),
    '',
    '## Answers',
  ];
  for (const q of DIAGNOSTIC_QUESTIONS) {
    const a = d.answers.find((x) => x.question === q.key);
    out.push('', `### ${q.text}`, '');
    if (!a) {
      out.push('Not answered.');
      continue;
    }
    out.push(`Score ${a.score} of ${SCORE_MAX}: ${SCORE_LABELS[a.score] ?? ''}.`);
    if (a.observed) out.push('', `Charter observed: ${markdownText(a.observed)}`);
    if (a.note.trim()) out.push('', ...markdownLines(a.note).map((l) => `> ${l}`));
  }
  return `${out.join('\n')}\n`;
}
