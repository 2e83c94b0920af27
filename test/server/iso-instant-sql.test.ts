import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIsoInstant } from '#domain/segments/attribute-values';
import { openMemory } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import { instantMsOfText } from '#server/features/segments/criteria-sql';

/**
 * The date parse in SQL (instantMsOfText, the one membership, the freshness pass and the impact
 * preview use) accepts and reads exactly what domain parseIsoInstant does, for instants whose
 * fields are each in range or just past it, and for near-instants one character away
 * (docs/decisions/020 tried a check of the pattern without a regular expression against this).
 */
let database: Awaited<ReturnType<typeof openMemory>>;
beforeAll(async () => {
  database = await openMemory();
});
afterAll(() => database.close());

async function sqlInstants(texts: string[]): Promise<(number | null)[]> {
  const rows = rowsOf<{ ms: string | null }>(
    await database.db.execute(sql`
      SELECT (${instantMsOfText(sql`u.t`)})::text AS ms
      FROM json_array_elements_text(${JSON.stringify(texts)}::json) WITH ORDINALITY AS u(t, n)
      ORDER BY u.n`),
  );
  return rows.map((r) => (r.ms === null ? null : Number(r.ms)));
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** An instant in one of the accepted forms, from parts that are each in range or just past it. */
const instant = fc
  .record({
    y: fc.integer({ min: 0, max: 9999 }),
    mo: fc.integer({ min: 0, max: 19 }),
    d: fc.integer({ min: 0, max: 39 }),
    h: fc.integer({ min: 0, max: 29 }),
    mi: fc.integer({ min: 0, max: 69 }),
    s: fc.integer({ min: 0, max: 69 }),
    frac: fc.stringMatching(/^[0-9]{1,10}$/),
    form: fc.integer({ min: 0, max: 3 }),
    zone: fc.oneof(
      fc.constantFrom('', 'Z'),
      fc
        .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 69 }))
        .map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`),
    ),
  })
  .map(({ y, mo, d, h, mi, s, frac, form, zone }) => {
    const date = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
    if (form === 0) return date;
    const time = [`T${pad(h, 2)}:${pad(mi, 2)}`, `:${pad(s, 2)}`, `.${frac}`].slice(0, form).join('');
    return `${date}${time}${zone}`;
  });

/** The same with one character replaced, removed or added: mostly not a date any more. */
const nearly = fc
  .tuple(instant, fc.nat(), fc.constantFrom('replace', 'remove', 'insert'), fc.constantFrom(...'0123456789-T:.Z+z 9/٣'))
  .map(([text, at, how, ch]) => {
    const i = at % (text.length + 1);
    if (how === 'insert') return text.slice(0, i) + ch + text.slice(i);
    if (how === 'remove') return text.slice(0, i) + text.slice(i + 1);
    return text.slice(0, i) + ch + text.slice(i + 1);
  });

describe('ISO instants in SQL', () => {
  it('reads the cases at the edges of each field as parseIsoInstant does', async () => {
    const texts = [
      '2026-11-15',
      '2026-11-15T12:00Z',
      '2026-11-15T23:59:59.999999999+23:59',
      '2026-00-15',
      '2026-13-01',
      '2026-11-00',
      '2026-11-31',
      '2024-02-29',
      '2100-02-29',
      '0999-01-01',
      '2026-11-15T24:00',
      '2026-11-15T12:60',
      '2026-11-15T12:00:60',
      '2026-11-15T12:00+24:00',
      '2026-11-15T12:00+02:60',
      '2026-11-15Z',
      '2026-11-15+02:00',
      '2026-11-15T12:00:00.',
      '2026-11-15T12:00:00.1234567890',
      '2026-11-15t12:00Z',
      '2026-11-15T12:00z',
      ' 2026-11-15',
      '2026-11-15\n',
      '',
    ];
    expect(await sqlInstants(texts)).toEqual(texts.map(parseIsoInstant));
  });

  it('agrees with parseIsoInstant on generated instants and near-instants', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(instant, nearly, nearly, fc.string({ maxLength: 30 })), { maxLength: 200 }),
        async (texts) => {
          expect(await sqlInstants(texts)).toEqual(texts.map(parseIsoInstant));
        },
      ),
      { numRuns: 40 },
    );
  });
});
