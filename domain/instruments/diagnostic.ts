/**
 * The journey diagnostic (docs/rules.md, "Journey diagnostic"): how well the team governs its
 * segmentation work, in five themes, two questions each. Every answer is scored 0 to 4, a
 * maturity scale: 0 not in place, 1 ad hoc, 2 partly, 3 mostly, 4 in place and used. A theme
 * scores the mean of its answers; the weakest theme is where the next steps start.
 */
export const DIAGNOSTIC_THEMES = ['ownership', 'prioritisation', 'decisions', 'follow_up', 'coherence'] as const;
export type DiagnosticTheme = (typeof DIAGNOSTIC_THEMES)[number];

export const THEME_LABELS: Record<DiagnosticTheme, string> = {
  ownership: 'Ownership',
  prioritisation: 'Prioritisation',
  decisions: 'Decisions and changes',
  follow_up: 'Follow-up',
  coherence: 'Coherence of the journey',
};

export const SCORE_MIN = 0;
export const SCORE_MAX = 4;
export const SCORE_LABELS = ['Not in place', 'Ad hoc', 'Partly', 'Mostly', 'In place and used'] as const;

export const DIAGNOSTIC_QUESTIONS = [
  { key: 'single_owner', theme: 'ownership', text: 'One named person owns the segmentation logic as a whole.' },
  {
    key: 'owner_direction',
    theme: 'ownership',
    text: 'The owner sets the direction for segments and workflows, not only approves what others ask for.',
  },
  {
    key: 'assessed_together',
    theme: 'prioritisation',
    text: 'Change requests are weighed against one another, not handled one by one as they arrive.',
  },
  {
    key: 'goal_led',
    theme: 'prioritisation',
    text: 'What goes first follows goals the team agreed, not whoever asks most often.',
  },
  {
    key: 'who_decides',
    theme: 'decisions',
    text: 'Everyone knows who decides whether logic is adjusted, stopped or developed further.',
  },
  {
    key: 'exceptions_as_logic',
    theme: 'decisions',
    text: 'Exception requests are resolved as logic changes or withdrawn, never as one-off sends.',
  },
  {
    key: 'followed_after_launch',
    theme: 'follow_up',
    text: 'Approved changes are followed up after launch, at each checkpoint.',
  },
  {
    key: 'learning_carried',
    theme: 'follow_up',
    text: 'What a follow-up shows is carried into the next change.',
  },
  {
    key: 'workflows_gated',
    theme: 'coherence',
    text: 'Workflows check the firewall before they send, so every step follows the current segment.',
  },
  {
    key: 'journey_mapped',
    theme: 'coherence',
    text: 'Each segment says where its members may move next, and moves outside that map are looked at.',
  },
] as const satisfies readonly { key: string; theme: DiagnosticTheme; text: string }[];

export type DiagnosticQuestionKey = (typeof DIAGNOSTIC_QUESTIONS)[number]['key'];
export const DIAGNOSTIC_QUESTION_KEYS = DIAGNOSTIC_QUESTIONS.map((q) => q.key) as [
  DiagnosticQuestionKey,
  ...DiagnosticQuestionKey[],
];

export const questionsOf = (theme: DiagnosticTheme) => DIAGNOSTIC_QUESTIONS.filter((q) => q.theme === theme);

/** Where to start when a theme is the weakest. */
export const THEME_NEXT_STEPS: Record<DiagnosticTheme, readonly string[]> = {
  ownership: [
    'Name one segmentation owner and say so everywhere logic is shown.',
    'Give the owner the backlog of changes to shape, not only single approvals.',
  ],
  prioritisation: [
    'Put every change request in one intake and rank them against one another.',
    'Write down the goals the ranking serves and check the order against them each month.',
  ],
  decisions: [
    'Route every logic change through a proposal the owner decides, with a written rationale.',
    'Close open exception requests: withdraw them or take them to logic review.',
  ],
  follow_up: [
    'Record an outcome at each follow-up checkpoint of an approved change: kept, adjust or revert.',
    'Bring what the follow-ups showed to the monthly review.',
  ],
  coherence: [
    'Make every active workflow check the firewall before it sends.',
    'Declare each segment’s allowed moves and review the moves outside them each month.',
  ],
};

export type DiagnosticAnswer = { question: DiagnosticQuestionKey; score: number; note: string };
export type ThemeResult = { theme: DiagnosticTheme; score: number; delta: number | null };
export type DiagnosticResult = {
  overall: number;
  themes: ThemeResult[];
  weakest: DiagnosticTheme;
  nextSteps: readonly string[];
};

const round2 = (n: number) => Math.round(n * 100) / 100;
const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Theme means of the answers; a question left out counts as 0, since nothing shows it is in place. */
export function themeScores(answers: readonly DiagnosticAnswer[]): Record<DiagnosticTheme, number> {
  const byQuestion = new Map(answers.map((a) => [a.question, a.score]));
  return Object.fromEntries(
    DIAGNOSTIC_THEMES.map((t) => [t, round2(mean(questionsOf(t).map((q) => byQuestion.get(q.key) ?? 0)))]),
  ) as Record<DiagnosticTheme, number>;
}

/**
 * The scored report: each theme's score and its change since `previous` (the team's last
 * diagnostic, when there is one), the weakest theme (the first in theme order on a tie) and its
 * next steps.
 */
export function diagnosticResult(
  answers: readonly DiagnosticAnswer[],
  previous: Record<DiagnosticTheme, number> | null = null,
): DiagnosticResult {
  const scores = themeScores(answers);
  const themes = DIAGNOSTIC_THEMES.map((theme) => ({
    theme,
    score: scores[theme],
    delta: previous ? round2(scores[theme] - previous[theme]) : null,
  }));
  const weakest = themes.reduce((low, t) => (t.score < low.score ? t : low)).theme;
  return {
    overall: round2(mean(themes.map((t) => t.score))),
    themes,
    weakest,
    nextSteps: THEME_NEXT_STEPS[weakest],
  };
}
