import { createMiddleware } from 'hono/factory';
import type { z } from 'zod';
import { ApproveInput, RejectInput } from '#domain/schemas/segments';
import { authorize, requireUser } from '#server/auth/policy';
import type { AppEnv } from '#server/http/env';
import { ValidationError } from '#server/lib/errors';
import { isSettingProposal } from './firewall-settings.repo';
import { decideSettingProposal } from './firewall-settings.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function parseBody<T extends z.ZodType>(
  c: { req: { json(): Promise<unknown> } },
  schema: T,
): Promise<z.infer<T>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    raw = {};
  }
  const parsed = schema.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({
    path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: i.message,
  }));
  throw new ValidationError(`Invalid request: ${issues.map((i) => i.path.join('.') || '(body)').join(', ')}`, issues);
}

/**
 * Firewall settings change through the same proposal flow as segments: `POST /api/proposals/{id}/
 * approve` and `/reject`. The proposals routes put this in front of their handlers; it decides a
 * setting proposal (kind "setting") and answers, and passes every segment proposal through.
 */
export function settingProposalDecision(kind: 'approve' | 'reject') {
  return createMiddleware<AppEnv>(async (c, next) => {
    const id = c.req.param('id') ?? '';
    const deps = c.get('deps');
    if (!UUID.test(id) || !(await isSettingProposal(deps.db, id))) return next();
    const principal = c.get('principal');
    authorize(principal, 'proposals.decide');
    const user = requireUser(principal);
    const note =
      kind === 'approve'
        ? ((await parseBody(c, ApproveInput)).note ?? null)
        : (await parseBody(c, RejectInput)).rationale;
    const row = await decideSettingProposal(deps, user, id, { approve: kind === 'approve', note });
    return c.json(
      {
        proposal: {
          id: row.id,
          kind: 'setting',
          settingKey: row.settingKey,
          value: row.content,
          status: row.status,
          decidedAt: row.decidedAt?.toISOString() ?? null,
          decisionNote: row.decisionNote,
        },
        setting: { key: row.settingKey, value: row.content, inForce: row.status === 'approved' },
      },
      200,
    );
  });
}
