import type { DecisionFilters } from './get-decisions';

/** Everything the firewall pages read; a send request or a recorded attempt invalidates the lot. */
export const firewallKeys = {
  all: ['firewall'] as const,
  decisions: (filters: DecisionFilters) => [...firewallKeys.all, 'decisions', filters] as const,
  request: (id: string) => [...firewallKeys.all, 'request', id] as const,
  overrides: (month: string) => [...firewallKeys.all, 'overrides', month] as const,
  violations: (month: string) => [...firewallKeys.all, 'violations', month] as const,
  settings: () => [...firewallKeys.all, 'settings'] as const,
  learning: () => [...firewallKeys.all, 'learning'] as const,
  metrics: (month: string) => [...firewallKeys.all, 'metrics', month] as const,
};
