import { REASON_LABELS } from '#domain/firewall/decide';
import { markdownLines, markdownText } from '#domain/markdown-text';
import { DWELL_FLAG_LABELS } from '#domain/reviews/dwell-stats';
import { monthLabel } from '#domain/reviews/months';
import {
  PRESSURE_QUESTION,
  REVIEW_ITEM_LABELS,
  REVIEW_ITEMS,
  type Review,
  type ReviewItem,
} from '#domain/schemas/reviews';

const OUTCOME_LABELS = {
  withdrawn: 'Withdrawn',
  logic_review: 'In logic review',
  approved: 'Approved',
  rejected: 'Rejected',
};

/** Text typed by people goes into table cells and lists: one line, and never markup (server/lib/markdown.ts). */
const cell = (v: string | number | null | undefined) =>
  (v === null || v === undefined ? '' : markdownText(String(v))) || '—';
const name = (person: { name: string } | null | undefined, fallback: string) =>
  person ? markdownText(person.name) || fallback : fallback;
const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

function table(head: string[], rows: (string | number | null)[][]): string[] {
  if (rows.length === 0) return [];
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    '',
  ];
}

function discussion(review: Review, item: ReviewItem): string[] {
  const notes = review.notes.filter((n) => n.item === item);
  const actions = review.actions.filter((a) => a.item === item);
  const out: string[] = [];
  if (notes.length) {
    out.push('**Notes**', '');
    for (const n of notes) {
      out.push(
        `- ${n.kind === 'correction' ? '**Correction:** ' : ''}${cell(n.body)} — ${name(n.author, 'unknown')}, ${when(n.at)}`,
      );
    }
    out.push('');
  }
  if (actions.length) {
    out.push('**Action items**', '');
    for (const a of actions) {
      out.push(
        `- [ ] ${cell(a.description)} — ${name(a.assignee, 'unassigned')}${a.due ? `, due ${cell(a.due)}` : ''}`,
      );
    }
    out.push('');
  }
  return out;
}

/** The completed review as a Markdown document: the frozen figures, the notes and the answer. */
export function reviewMarkdown(review: Review): string {
  const a = review.agenda;
  const heading = (item: ReviewItem) => `## ${REVIEW_ITEMS.indexOf(item) + 1}. ${REVIEW_ITEM_LABELS[item]}`;
  const lines: string[] = [
    `# Monthly segmentation review — ${monthLabel(review.month)}`,
    '',
    review.completedAt
      ? `Completed ${when(review.completedAt)} by ${name(review.completedBy, 'unknown')}. The figures below were frozen at completion.`
      : 'Open: the figures below are live and not yet frozen.',
    '',
    'System health only: this review holds no campaign performance figures.',
    '',
    heading('pauseViolations'),
    '',
    `**${a.pauseViolations.count}** pause ${a.pauseViolations.count === 1 ? 'violation' : 'violations'} (target 0).`,
    '',
    ...table(
      ['Sent', 'Contact', 'Segment', 'Channel', 'Source', 'Status'],
      a.pauseViolations.items.map((v) => [when(v.sentAt), v.contactId, v.segment, v.channel, v.source, v.status]),
    ),
    ...discussion(review, 'pauseViolations'),
    heading('dwellAnomalies'),
    '',
    `${a.dwellAnomalies.flaggedCount} of ${a.dwellAnomalies.segments.length} segments flagged; ${a.dwellAnomalies.transitions.count} moves outside the allowed transitions.`,
    '',
    ...table(
      ['Segment', 'Expected days', 'Median', 'Stays', 'Outside range', 'Earlier medians', 'Flags'],
      a.dwellAnomalies.segments.map((s) => [
        `${s.name} (v${s.version})`,
        `${s.expected.min}–${s.expected.max}`,
        s.current.median,
        s.current.stays,
        `${Math.round((s.current.shareBelow + s.current.shareAbove) * 100)}%`,
        s.previous.map((p) => `${p.month}: ${p.median ?? '—'}`).join(', '),
        s.flags.map((f) => DWELL_FLAG_LABELS[f]).join('; '),
      ]),
    ),
    ...table(
      ['From', 'To', 'Moves', 'Allowed from there'],
      a.dwellAnomalies.transitions.items.map((t) => [
        `${t.from} (v${t.fromVersion})`,
        t.to,
        t.count,
        t.allowed.join(', '),
      ]),
    ),
    ...discussion(review, 'dwellAnomalies'),
    heading('suppressedVolume'),
    '',
    `**${a.suppressedVolume.total}** held-back decisions (last month ${a.suppressedVolume.lastMonthTotal}); ${a.suppressedVolume.segmentUnsafeAttempts} segment-unsafe campaign attempts. Holding back is the firewall at work.`,
    '',
    ...table(
      ['Week of', 'Segment', 'Reason', 'Blocks'],
      a.suppressedVolume.items.map((i) => [i.weekStart, i.segment ?? 'no segment', REASON_LABELS[i.reason], i.count]),
    ),
    ...discussion(review, 'suppressedVolume'),
    heading('exceptionRequests'),
    '',
    ...table(
      ['Outcome', 'Requests'],
      Object.entries(OUTCOME_LABELS).map(([k, label]) => [
        label,
        a.exceptionRequests.byOutcome[k as keyof typeof OUTCOME_LABELS],
      ]),
    ),
    ...table(
      ['Filed', 'Requester', 'Segment', 'Risk', 'Outcome'],
      a.exceptionRequests.items.map((e) => [
        when(e.submittedAt),
        e.requester,
        e.segment,
        e.riskCategory,
        OUTCOME_LABELS[e.outcome],
      ]),
    ),
    ...discussion(review, 'exceptionRequests'),
    heading('pressure'),
    '',
    `**${a.pressure.overrideAttempts}** override ${a.pressure.overrideAttempts === 1 ? 'attempt' : 'attempts'}, all refused.`,
    '',
    ...table(
      ['Team', 'Attempts'],
      a.pressure.byTeam.map((t) => [t.key ?? 'no team recorded', t.count]),
    ),
    ...table(
      ['Segment', 'Attempts'],
      a.pressure.bySegment.map((s) => [s.key ?? 'no segment named', s.count]),
    ),
    ...(a.pressure.people
      ? table(
          ['Person', 'Team', 'Attempts'],
          a.pressure.people.map((p) => [p.actor, p.team, p.count]),
        )
      : []),
    `**${PRESSURE_QUESTION}**`,
    '',
    ...markdownLines(a.pressure.answer ?? '—').map((l) => `> ${l}`),
    '',
    ...discussion(review, 'pressure'),
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
