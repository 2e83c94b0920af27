import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../harness';
import { exerciseOperation } from './exercise';
import {
  changedTables,
  createFuzzWorld,
  type FuzzWorld,
  installChangeCounters,
  nameOf,
  type Operation,
  operationsOf,
  type Principal,
  type Snapshot,
} from './fuzz-harness';
import { type Part, partOf } from './parts';
import { casesFor, type FuzzCase, send, sweepCases } from './requests';

/**
 * Every write route of the OpenAPI document, with bodies and parameters generated from its own
 * schemas and hostile values mixed in (NUL, lone surrogates, __proto__, a megabyte, 10,000 levels):
 * no answer is a 5xx, a refused write changes nothing, and a refusal (403) is always recorded.
 * The routes are dealt into parts, one test file each (fuzz-writes-*.test.ts), so that the parts
 * run on separate workers; each part has its database and keeps every route's seed and case count.
 */
const SEED = 20_261_115;
/** Cases per operation; sign-ins and new people hash a password, so they get fewer. */
const RUNS = 20;
const FEWER: Record<string, number> = { 'POST /api/session': 10, 'DELETE /api/session': 5, 'POST /api/users': 10 };
/** The records a refusal leaves: its audit entry, an override attempt, a failed sign-in. */
const REFUSAL_CHANGES = new Set([
  'audit_entries:INSERT',
  'override_attempts:INSERT',
  'sign_in_failures:INSERT',
  // A refused override is announced (docs/webhooks.md): the event is written with its record.
  'webhook_events:INSERT',
  'webhook_deliveries:INSERT',
]);
const REFUSAL_ACTIONS = new Set(['access.refused', 'firewall.override_refused', 'session.sign_in_refused']);

type Outcome = { status: number; code?: string; changed: string[]; actions: string[] };

async function outcome(res: Response, principal: Principal, before: Snapshot, after: Snapshot): Promise<Outcome> {
  const text = await res.text();
  let code: string | undefined;
  try {
    code = (JSON.parse(text) as { code?: string }).code;
  } catch {
    code = undefined;
  }
  // A token's last use is noted on every call it makes, whatever the answer.
  const changed = changedTables(before, after).filter((t) => principal.label !== 'token' || t !== 'api_tokens:UPDATE');
  return { status: res.status, code, changed, actions: after.actionsSince };
}

/** What may have happened for a given answer; a message when it should not have. */
function violation(o: Outcome): string | null {
  if (o.status >= 500) return `answered ${o.status} ${o.code}`;
  if (o.status < 300) return null;
  const stray = o.changed.filter((t) => !REFUSAL_CHANGES.has(t));
  if ([401, 403, 429].includes(o.status)) {
    if (stray.length) return `refused with ${o.status} but changed ${stray.join(', ')}`;
    const odd = o.actions.filter((a) => !REFUSAL_ACTIONS.has(a));
    if (odd.length) return `refused with ${o.status} but audited ${odd.join(', ')}`;
    if (o.status === 403 && o.actions.length === 0) return 'refused with 403 and not recorded';
    return null;
  }
  return o.changed.length ? `refused with ${o.status} ${o.code} but changed ${o.changed.join(', ')}` : null;
}

export function fuzzWrites(part: Part) {
  let world: FuzzWorld;
  let snapshot: (since?: number) => Promise<Snapshot>;
  beforeAll(async () => {
    world = await createFuzzWorld();
    snapshot = await installChangeCounters(world.t);
  }, 120_000);
  afterAll(() => world?.t.close());

  describe(`write routes under hostile input (part ${part.part} of ${part.of})`, () => {
    it('never answer 5xx, change nothing when they refuse, and record every 403', async () => {
      const all = operationsOf(world.doc).filter((op) => op.method !== 'GET');
      expect(all.length).toBeGreaterThanOrEqual(40);
      const ops = partOf(all, part);
      expect(ops.length).toBeGreaterThan(0);
      const failures: string[] = [];
      const statuses = new Map<number, number>();
      let requests = 0;
      let swept = 0;
      // The counters as read after the last request, unless it was answered under 300: nothing
      // writes between two requests, so they are the next one's starting point without a new read.
      let last: Snapshot | undefined;

      const run = async (op: Operation, c: FuzzCase) => {
        // Signing out ends the session it is sent with: give it one of its own (a write of its own).
        const signingOut = nameOf(op) === 'DELETE /api/session';
        const principals = signingOut ? [await world.signIn(DEMO.viewer)] : world.principals;
        let before = signingOut || !last ? await snapshot() : last;
        last = undefined; // read again after each request below, unless the request fails to send
        // A 403 for the role is retried as the next principal, so that valid bodies reach the service.
        for (let i = 0; i < principals.length; i++) {
          const principal = principals[(c.first + i) % principals.length];
          if (!principal) break;
          const res = await send(world, op, c, principal);
          requests++;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          // An answer under 300 may change anything: its body is read, what it changed is not.
          if (res.status < 300) {
            last = undefined;
            await res.text();
            return;
          }
          const after = await snapshot(before.auditHead);
          last = after;
          const o = await outcome(res, principal, before, after);
          const problem = violation(o);
          if (problem) throw new Error(`${problem} (as ${principal.label})`);
          if (o.status !== 403 || o.code !== 'forbidden') return;
          before = after;
        }
      };

      for (const { index, op } of ops) {
        const numRuns = FEWER[nameOf(op)] ?? RUNS;
        // First every parameter and text field with each sweep value, one at a time.
        const [base] = fc.sample(casesFor(op, world, 0), { seed: SEED + index, numRuns: 1 });
        const sweep = base && nameOf(op) !== 'DELETE /api/session' ? sweepCases(op, base) : [];
        swept += sweep.length;
        // Two thirds of the cases carry hostile values; the rest are meant to pass validation.
        const cases = fc.oneof({ weight: 2, arbitrary: casesFor(op, world, 3) }, casesFor(op, world, 0));
        const options = { seed: SEED + index, numRuns };
        failures.push(...(await exerciseOperation(nameOf(op), sweep, cases, (c) => run(op, c), options)));
      }

      console.info(
        `fuzz writes, part ${part.part} of ${part.of}: ${ops.length} operations, ${swept} swept cases, ${requests} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
      );
      expect(failures).toEqual([]);
      expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
      // The generator reaches past validation: some writes succeed, and some are refused for the role.
      expect([...statuses].filter(([s]) => s < 300).length).toBeGreaterThan(0);
      expect(statuses.get(403)).toBeGreaterThan(0);
    }, 300_000);
  });
}
