/**
 * The decision checklist (docs/rules.md, "Decision checklist"): ten statements the team answers
 * yes or no each month, as the source article lists them. The keys are stable: saved answers and
 * their evidence are stored under them, so a key is never renamed or reused.
 */
export const CHECKLIST_ITEMS = [
  {
    key: 'workflow_inventory',
    text: 'We have a documented inventory of all automation workflows and their associated segments.',
  },
  {
    key: 'criteria_documented',
    text: 'Our segmentation criteria are defined in a shared document accessible to all relevant teams.',
  },
  {
    key: 'branching_workflow',
    text: 'We have at least one workflow that uses segmentation to branch into different actions.',
  },
  {
    key: 'quarterly_review',
    text: 'We regularly (quarterly) review and update segmentation criteria based on performance data.',
  },
  {
    key: 'data_source_onboarding',
    text: 'We have a process for onboarding new data sources into our segmentation model.',
  },
  {
    key: 'segment_gates',
    text: "Our automation workflows include 'segment gates' that check the user's current segment before acting.",
  },
  {
    key: 'small_segment_test',
    text: 'We have tested our aligned workflows on a small segment before full rollout.',
  },
  {
    key: 'monitoring_per_segment',
    text: 'We monitor key metrics (open rate, CTR, conversion) per segment to detect drift.',
  },
  {
    key: 'monthly_meeting',
    text: 'We have a cross-functional team that owns alignment and meets monthly.',
  },
  {
    key: 'priority_rules',
    text: 'We have documented priority rules for users belonging to multiple segments.',
  },
] as const;

export type ChecklistKey = (typeof CHECKLIST_ITEMS)[number]['key'];
export const CHECKLIST_KEYS = CHECKLIST_ITEMS.map((i) => i.key) as [ChecklistKey, ...ChecklistKey[]];

export type ChecklistBand = 'foundations' | 'gates' | 'sustain';

/** The score's band: fewer than 5 checked, 5 to 7, 8 or more. */
export function checklistBand(score: number): ChecklistBand {
  if (score < 5) return 'foundations';
  if (score < 8) return 'gates';
  return 'sustain';
}

export const BAND_LABELS: Record<ChecklistBand, string> = {
  foundations: 'Under 5: audit first',
  gates: '5 to 7: map journeys and gate them',
  sustain: '8 or more: keep it holding',
};

/** What the team does next in each band, in Charter's terms. */
export const BAND_NEXT_ACTIONS: Record<ChecklistBand, readonly string[]> = {
  foundations: [
    'Audit what runs today: register every workflow on the Workflows page with the segments it targets and its goal.',
    'Write a description for every active segment, so its criteria read the same to every team.',
    'Find the workflows that ignore segments and the segments no workflow uses.',
  ],
  gates: [
    'Map each key journey to the segments a contact passes through, with the moves each segment allows.',
    'Add a segment gate to every active workflow: it checks the firewall before each send.',
  ],
  sustain: [
    'Keep the cadence: review time-relative segments every quarter and hold the monthly review.',
    'Grow one journey at a time, and watch outcomes per segment for drift.',
  ],
};

export type ChecklistAnswer = { key: ChecklistKey; checked: boolean };

/** The number of items checked; an item with no answer counts as not checked. */
export function checklistScore(answers: readonly ChecklistAnswer[]): number {
  const checked = new Set(answers.filter((a) => a.checked).map((a) => a.key));
  return CHECKLIST_KEYS.filter((k) => checked.has(k)).length;
}
