import type { Actor } from '#server/features/audit/audit.service';
import type { Principal } from './env';

export function actorOf(principal: Principal | null): Actor {
  if (!principal) return { id: null, label: 'anonymous' };
  if (principal.kind === 'user') return { id: principal.userId, label: principal.email };
  return { id: null, label: `token:${principal.name}` };
}
