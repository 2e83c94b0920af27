import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortOf, placeOf } from './cohort';

describe('pilot cohorts', () => {
  it('puts the same contact in the same cohort every time', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.string({ minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 20 }), (p, c, s) => {
        expect(cohortOf(p, c, s)).toBe(cohortOf(p, c, s));
        const u = placeOf(p, c);
        expect(u).toBeGreaterThanOrEqual(0);
        expect(u).toBeLessThan(1);
      }),
    );
  });

  it('keeps each cohort within 1% of the share over 100,000 ids', () => {
    fc.assert(
      fc.property(
        fc.uuid(),
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom('CRM-', 'c', 'lead_'),
        (pilotId, share, prefix) => {
          let pilot = 0;
          let control = 0;
          const n = 100_000;
          for (let i = 0; i < n; i++) {
            const c = cohortOf(pilotId, `${prefix}${100_000 + i}`, share);
            if (c === 'pilot') pilot++;
            else if (c === 'control') control++;
          }
          // Within 1% of the share itself (5% → 4.95%–5.05%) would be tighter than chance allows
          // at 100,000 ids; within one percentage point is the promise, and it holds far tighter.
          expect(Math.abs(pilot / n - share / 100)).toBeLessThan(0.01);
          expect(Math.abs(control / n - share / 100)).toBeLessThan(0.01);
          expect(Math.abs(pilot - control) / n).toBeLessThan(0.01);
        },
      ),
      { numRuns: 10 },
    );
  });

  it('splits contacts independently in different pilots', () => {
    let both = 0;
    for (let i = 0; i < 100_000; i++) {
      const id = `CRM-${i}`;
      if (
        cohortOf('a5d4c1f0-0000-4000-8000-000000000001', id, 20) === 'pilot' &&
        cohortOf('a5d4c1f0-0000-4000-8000-000000000002', id, 20) === 'pilot'
      )
        both++;
    }
    // Independent at 20% each: 4% in both.
    expect(Math.abs(both / 100_000 - 0.04)).toBeLessThan(0.005);
  });
});
