import type { SearchFilters } from '#src/lib/api-client';

/**
 * The query keys of every read that more than one feature makes or invalidates (docs/architecture.md,
 * "Shared modules"), general → specific, so a mutation anywhere invalidates a whole family by prefix.
 */

export const segmentKeys = {
  all: ['segments'] as const,
  list: () => [...segmentKeys.all, 'list'] as const,
  detail: (key: string) => [...segmentKeys.all, 'detail', key] as const,
  versions: (key: string) => [...segmentKeys.detail(key), 'versions'] as const,
  reviews: (key: string) => [...segmentKeys.detail(key), 'reviews'] as const,
  members: (key: string) => [...segmentKeys.detail(key), 'members'] as const,
  impact: (body: string) => [...segmentKeys.all, 'impact', body] as const,
};

/** Contacts move between segments, so a contact change also invalidates segment counts. */
export const contactKeys = {
  all: ['contacts'] as const,
  attributes: () => [...contactKeys.all, 'attributes'] as const,
  detail: (id: string) => [...contactKeys.all, 'detail', id] as const,
  explain: (id: string) => [...contactKeys.detail(id), 'explain'] as const,
};

/** The dictionary is read by its page and the home page's count of attributes waiting. */
export const attributeKeys = {
  all: ['attributes'] as const,
  list: () => [...attributeKeys.all, 'list'] as const,
};

export type ProposalFilters = SearchFilters<'/proposals'>;

export const proposalKeys = {
  all: ['proposals'] as const,
  list: (filters: ProposalFilters) => [...proposalKeys.all, 'list', filters] as const,
  detail: (id: string) => [...proposalKeys.all, 'detail', id] as const,
  followUps: () => [...proposalKeys.all, 'follow-ups'] as const,
  followUp: (id: string) => [...proposalKeys.detail(id), 'follow-up'] as const,
  /** A proposal's pilots, their readouts and notes: under the proposal, so its mutations refresh them. */
  pilots: (id: string) => [...proposalKeys.detail(id), 'pilots'] as const,
  pilotReadout: (id: string, pilotId: string) => [...proposalKeys.pilots(id), pilotId, 'readout'] as const,
  pilotNotes: (id: string, pilotId: string) => [...proposalKeys.pilots(id), pilotId, 'notes'] as const,
};

export type ExceptionFilters = { mine?: boolean } & Omit<SearchFilters<'/exceptions'>, 'mine'>;

export const exceptionKeys = {
  all: ['exceptions'] as const,
  lists: () => [...exceptionKeys.all, 'list'] as const,
  list: (filters: ExceptionFilters) => [...exceptionKeys.lists(), filters] as const,
  summary: () => [...exceptionKeys.all, 'summary'] as const,
  detail: (id: string) => [...exceptionKeys.all, 'detail', id] as const,
  draft: (id: string) => [...exceptionKeys.all, 'draft', id] as const,
};

export const campaignKeys = {
  all: ['campaigns'] as const,
  lists: () => [...campaignKeys.all, 'list'] as const,
  list: (mine: boolean) => [...campaignKeys.lists(), { mine }] as const,
  detail: (id: string) => [...campaignKeys.all, 'detail', id] as const,
  heldBack: (id: string) => [...campaignKeys.detail(id), 'held-back'] as const,
};

export type DecisionFilters = Omit<SearchFilters<'/firewall/decisions'>, 'limit' | 'cursor'>;

/** Everything the firewall pages read; a send request or a recorded attempt invalidates the lot. */
export const firewallKeys = {
  all: ['firewall'] as const,
  decisions: (filters: DecisionFilters) => [...firewallKeys.all, 'decisions', filters] as const,
  request: (id: string) => [...firewallKeys.all, 'request', id] as const,
  overrides: (month: string) => [...firewallKeys.all, 'overrides', month] as const,
  violations: (month: string) => [...firewallKeys.all, 'violations', month] as const,
  settings: () => [...firewallKeys.all, 'settings'] as const,
  settingProposal: (id: string) => [...firewallKeys.all, 'setting-proposal', id] as const,
  learning: () => [...firewallKeys.all, 'learning'] as const,
  metrics: (month: string) => [...firewallKeys.all, 'metrics', month] as const,
};

export const glossaryKeys = {
  all: ['glossary'] as const,
  terms: () => [...glossaryKeys.all, 'terms'] as const,
  usage: (months: number) => [...glossaryKeys.all, 'usage', months] as const,
};

export const peopleKeys = {
  all: ['people'] as const,
  users: () => [...peopleKeys.all, 'users'] as const,
  tokens: () => [...peopleKeys.all, 'tokens'] as const,
};

export type WorkflowFilters = Omit<SearchFilters<'/workflows'>, 'limit' | 'cursor'>;

/** The workflow inventory and its views; an upsert invalidates the lot (gates, matrix, gaps, home). */
export const workflowKeys = {
  all: ['workflows'] as const,
  list: (filters: WorkflowFilters) => [...workflowKeys.all, 'list', filters] as const,
  detail: (id: string) => [...workflowKeys.all, 'detail', id] as const,
  matrix: () => [...workflowKeys.all, 'matrix'] as const,
  gaps: () => [...workflowKeys.all, 'gaps'] as const,
  journey: () => [...workflowKeys.all, 'journey'] as const,
};

/** The backlog is read by its page and by the home page's cards. */
export const backlogKeys = {
  all: ['backlog'] as const,
  list: () => [...backlogKeys.all, 'list'] as const,
};
