import { afterAll, describe, expect, it } from 'vitest';
import { PLAIN_TEXT_KINDS } from '#domain/schemas/strings';
import { createTestApp } from './harness';
import { requestTextFields, withText } from './openapi-text-fields';
import { as, PROSE_FIXTURES } from './prose-fixtures';

/**
 * "Retired phrases are flagged wherever people write" (docs/rules.md, "Retired language"), held
 * for every field the API accepts: the fields come from the OpenAPI document, not from a list.
 * A free-text field either declares the kind of plain text it is, or it is prose, and prose must
 * be linted and recorded by the request that saves it.
 */

const t = await createTestApp();
afterAll(() => t.close());
const fields = requestTextFields(await (await t.anonymous.get('/api/openapi.json')).json());
const prose = fields.filter((f) => f.plainText === undefined);

const RETIRED = 'Before the spring sale we should wake them up, every hot prospect on the list.';

/** Every finding recorded this month, as the glossary's usage trend counts them. */
async function findingsSoFar(): Promise<number> {
  const usage = await (await (await as(t, 'owner')).get('/api/glossary/usage?months=1')).json();
  return usage.items.reduce((sum: number, item: { count: number }) => sum + item.count, 0);
}

describe('every free-text field of the API', () => {
  it('is found in the document, prose and plain text alike', () => {
    expect(fields.length).toBeGreaterThan(40);
    const paths = prose.map((f) => `${f.route} ${f.path}`);
    expect(paths).toContain('POST /proposals/{id}/approve note');
    expect(paths).toContain('POST /violations/{id}/resolve note');
    expect(fields.find((f) => f.route === 'POST /session' && f.path === 'password')?.plainText).toBe('secret');
  });

  it('declares only the kinds of plain text the product knows', () => {
    const kinds = new Set(fields.flatMap((f) => (f.plainText ? [f.plainText] : [])));
    for (const kind of kinds) expect(Object.keys(PLAIN_TEXT_KINDS)).toContain(kind);
  });

  it('has a fixture for each route with prose, and none for a route without', () => {
    const withProse = new Set(prose.map((f) => f.route));
    expect([...withProse].filter((route) => !(route in PROSE_FIXTURES))).toEqual([]);
    expect(Object.keys(PROSE_FIXTURES).filter((route) => !withProse.has(route))).toEqual([]);
  });
});

describe('retired language in each prose field', () => {
  prose.forEach((field, n) => {
    const fixture = PROSE_FIXTURES[field.route];
    if (!fixture || 'notSaved' in fixture) return;
    it(`is linted and recorded when ${field.route} saves ${field.path}`, async () => {
      const { path, body } = await fixture.request(t, n + 1);
      const client = await as(t, fixture.as);
      const before = await findingsSoFar();
      const method = field.route.split(' ')[0]?.toLowerCase() as 'post' | 'patch' | 'put';
      const res = await client[method](path, withText(body, field.path, RETIRED));
      expect(res.status, await res.clone().text()).toBe(fixture.status);
      expect(await findingsSoFar()).toBeGreaterThan(before);
    });
  });
});
