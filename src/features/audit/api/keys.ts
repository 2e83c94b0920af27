import type { AuditFilters } from './get-audit';

export const auditKeys = {
  all: ['audit'] as const,
  list: (filters: AuditFilters) => [...auditKeys.all, 'list', filters] as const,
  verify: () => [...auditKeys.all, 'verify'] as const,
  checkpoint: () => [...auditKeys.all, 'checkpoint'] as const,
};
