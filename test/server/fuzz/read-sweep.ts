import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exerciseOperation } from './exercise';
import { createFuzzWorld, type FuzzWorld, nameOf, type Operation, operationsOf } from './fuzz-harness';
import { type Part, partOf } from './parts';
import { casesFor, type FuzzCase, send, sweepCases } from './requests';

/**
 * Every read route of the OpenAPI document, with path and query parameters generated from its
 * own schemas and hostile values mixed in (NUL and lone surrogates, raw invalid percent-encoding,
 * dates of year 0000 and 9999, huge numbers, unknown and repeated parameters): never a 5xx, and a
 * 4xx always in the one error shape, naming a parameter when it is a 422. The routes are dealt
 * into parts, one test file each (fuzz-reads-*.test.ts), that run on separate workers; a route
 * keeps its seed and its number of cases in whichever part it falls.
 */
const SEED = 20_261_116;
const RUNS = 30;

export function fuzzReads(part: Part) {
  let world: FuzzWorld;
  beforeAll(async () => {
    world = await createFuzzWorld();
  }, 120_000);
  afterAll(() => world?.t.close());

  describe(`read routes under hostile parameters (part ${part.part} of ${part.of})`, () => {
    it('never answer 5xx, and every refusal names what was wrong', async () => {
      const all = operationsOf(world.doc).filter((op) => op.method === 'GET');
      expect(all.length).toBeGreaterThanOrEqual(39);
      const ops = partOf(all, part);
      expect(ops.length).toBeGreaterThan(0);
      const failures: string[] = [];
      const statuses = new Map<number, number>();
      let requests = 0;
      let swept = 0;

      const check = async (op: Operation, c: FuzzCase) => {
        const principal = world.principals[c.first];
        if (!principal) throw new Error('no principal');
        const res = await send(world, op, c, principal);
        requests++;
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status >= 500) throw new Error(`answered ${res.status}: ${await res.text()}`);
        if (res.status < 400) {
          // Read to the end: an export is streamed, and a stream left unread would hold its query open.
          await res.arrayBuffer();
          return;
        }
        const body = (await res.json()) as {
          code?: unknown;
          message?: unknown;
          issues?: { path: unknown[]; message: string }[];
        };
        if (typeof body.code !== 'string' || typeof body.message !== 'string') {
          throw new Error(`answered ${res.status} without {code, message}`);
        }
        if (
          res.status === 422 &&
          !body.issues?.some((i) => i.path.length > 0 || i.message.startsWith('Unknown field'))
        ) {
          throw new Error(`a 422 that names no parameter: ${JSON.stringify(body)}`);
        }
      };

      for (const { index, op } of ops) {
        // First every parameter with each sweep value, one at a time, as every principal.
        const [base] = fc.sample(casesFor(op, world, 0), { seed: SEED + index, numRuns: 1 });
        const sweep = (base ? sweepCases(op, base) : []).flatMap((c) =>
          world.principals.map((_, first) => ({ ...c, first })),
        );
        swept += sweep.length;
        const cases = fc.oneof({ weight: 3, arbitrary: casesFor(op, world, 10) }, casesFor(op, world, 0));
        const options = { seed: SEED + index, numRuns: RUNS };
        failures.push(...(await exerciseOperation(nameOf(op), sweep, cases, (c) => check(op, c), options)));
      }

      console.info(
        `fuzz reads, part ${part.part} of ${part.of}: ${ops.length} operations, ${swept} swept cases, ${requests} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
      );
      expect(failures).toEqual([]);
      expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
      expect(statuses.get(200)).toBeGreaterThan(0);
      expect(statuses.get(422)).toBeGreaterThan(0);
    }, 300_000);
  });
}
