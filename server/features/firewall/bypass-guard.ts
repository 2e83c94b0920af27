import { createMiddleware } from 'hono/factory';
import { BYPASS_KEYS } from '#domain/schemas/firewall';
import type { AppEnv } from '#server/http/env';
import { UnauthenticatedError } from '#server/lib/errors';
import { refuseOverride } from './overrides.service';

const text = (v: unknown, max: number) => (typeof v === 'string' && v.trim() !== '' ? v.slice(0, max) : null);
// The flag's value is named, not serialised whole: it may be nested deeper than JSON.stringify can go.
const flagValue = (v: unknown) =>
  v === null || typeof v !== 'object' ? JSON.stringify(v ?? null).slice(0, 200) : Array.isArray(v) ? '[…]' : '{…}';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

async function rawBody(c: { req: { json(): Promise<unknown> } }): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = await c.req.json();
    return isRecord(body) ? body : null;
  } catch {
    return null; // not JSON: the route's validator answers 400 for it
  }
}

/**
 * Runs before the check's strict validation (which would answer 422 for an unknown key): a body
 * that carries override, force or bypass, with any value, even false, asks for a bypass. It is
 * refused with 403 override_refused and recorded as an override attempt.
 */
export const refuseBypassFlags = createMiddleware<AppEnv>(async (c, next) => {
  const actor = c.get('actor');
  if (!actor) throw new UnauthenticatedError();
  const body = await rawBody(c);
  const key = body ? BYPASS_KEYS.find((k) => Object.hasOwn(body, k)) : undefined;
  if (body && key) {
    const campaignId = text(body.campaignId, 36);
    await refuseOverride(c.get('db'), actor, {
      via: 'check_flag',
      target: `firewall check with ${key}=${flagValue(body[key])}`,
      reason: text(body.reason, 2000),
      segmentKey: text(body.targetSegment, 60),
      campaignId,
    });
  }
  await next();
});

/** Every call of the override endpoint, whatever its body, is refused and recorded. */
export const refuseOverrideCall = createMiddleware<AppEnv>(async (c) => {
  const actor = c.get('actor');
  if (!actor) throw new UnauthenticatedError();
  const body = await rawBody(c);
  return refuseOverride(c.get('db'), actor, {
    via: 'override_endpoint',
    target: text(body?.target, 500),
    reason: text(body?.reason, 2000),
  });
});
