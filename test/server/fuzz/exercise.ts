import fc from 'fast-check';
import type { FuzzCase } from './requests';

/**
 * Runs one operation's cases as both fuzz sweeps do: first the sweep cases one by one (stopping at
 * the first failure), then the generated cases as a seeded property. Returns what failed, each
 * prefixed with the operation's name; an empty list when nothing did.
 */
export async function exerciseOperation(
  name: string,
  sweep: FuzzCase[],
  cases: fc.Arbitrary<FuzzCase>,
  run: (c: FuzzCase) => Promise<void>,
  options: { seed: number; numRuns: number },
): Promise<string[]> {
  for (const c of sweep) {
    try {
      await run(c);
    } catch (err) {
      return [`${name}: ${(err as Error).message} for ${JSON.stringify(c).slice(0, 300)}`, ...(await property())];
    }
  }
  return property();

  async function property(): Promise<string[]> {
    try {
      await fc.assert(fc.asyncProperty(cases, run), { ...options, endOnFailure: true });
      return [];
    } catch (err) {
      const cause = (err as Error).cause as Error | undefined;
      return [`${name}: ${cause?.message} in ${(err as Error).message.split('\n').slice(0, 3).join('\n')}`];
    }
  }
}
