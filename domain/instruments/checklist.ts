/**
 * The decision checklist (docs/rules.md, "Decision checklist"): ten statements the team answers
 * yes or no each month, in Charter's words. The keys are stable: saved answers and
 * their evidence are stored under them, so a key is never renamed or reused.
 */
export const CHECKLIST_ITEMS = [
  {
    key: 'workflow_inventory',
    text: 'Every automated workflow is registered, with the segments it serves.',
  },
  {
    key: 'criteria_documented',
    text: 'Segment criteria are written down where every team that relies on them can read them.',
  },
  {
    key: 'branching_workflow',
    text: "At least one workflow takes a different path depending on the contact's segment.",
  },
  {
    key: 'quarterly_review',
    text: 'Segment criteria are reviewed at least every quarter, and changed when the results call for it.',
  },
  {
    key: 'data_source_onboarding',
    text: 'A new data source reaches segment criteria only through an agreed intake.',
  },
  {
    key: 'segment_gates',
    text: "Workflows check the contact's current segment before they act (segment gates).",
  },
  {
    key: 'small_segment_test',
    text: 'A change is tried on a small group, against a control group, before it reaches everyone.',
  },
  {
    key: 'monitoring_per_segment',
    text: 'Engagement and conversion are watched segment by segment, so that drift shows early.',
  },
  {
    key: 'monthly_meeting',
    text: 'One team drawn from every function owns this alignment and meets every month.',
  },
  {
    key: 'priority_rules',
    text: 'Contacts who fit several segments are placed by written priority rules.',
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
