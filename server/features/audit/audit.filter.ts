import type { AuditQuery } from '#domain/schemas/audit';
import type * as repo from './audit.repo';

/** The API's filters as the repo takes them: whole UTC days, `to` inclusive. */
export function toFilter(q: Omit<AuditQuery, 'limit'>): repo.AuditFilter {
  const DAY = 86_400_000;
  return {
    actor: q.actor,
    action: q.action,
    target: q.target,
    from: q.from ? new Date(`${q.from}T00:00:00Z`) : undefined,
    // `to` is inclusive of the whole day.
    to: q.to ? new Date(new Date(`${q.to}T00:00:00Z`).getTime() + DAY) : undefined,
    afterId: q.cursor ? Number(q.cursor) : undefined,
  };
}
