import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';
import { current, proposeUpdate } from './proposal-helpers';

/**
 * The fairness warning (docs/rules.md, "Fairness warning"): a proposal whose criteria read a
 * sensitive attribute (personal data or a special category) is approved only with the decider's
 * note acknowledging it; the note and what it covered stay with the proposal and the audit entry.
 */
let t: TestApp;
let dana: Client;
let omar: Client;
let vera: Client;
beforeAll(async () => {
  t = await createTestApp();
  [dana, omar, vera] = await Promise.all([t.as(DEMO.owner), t.as(DEMO.ops), t.as(DEMO.viewer)]);
});
afterAll(() => t.close());

const byCountry = (key: string) =>
  proposeUpdate(omar, vera, key, (d) => ({
    ...d,
    criteria: { all: [d.criteria, { attr: 'country', op: 'in', value: ['DE', 'SE'] }] },
  }));
const NOTE = 'Country decides which market team runs the campaign; no offer differs by country.';

describe('the fairness warning', () => {
  it('shows the sensitive attributes a proposal reads, and none for one that reads none', async () => {
    const id = await byCountry('new-lead');
    const p = await (await vera.get(`/api/proposals/${id}`)).json();
    expect(p.fairness).toEqual({ attributes: [{ name: 'country', sensitivity: 'personal' }], note: null });
    const plain = await proposeUpdate(omar, vera, 'dormant', (d) => ({ ...d, description: 'Dormant, reworded.' }));
    expect((await (await vera.get(`/api/proposals/${plain}`)).json()).fairness).toEqual({ attributes: [], note: null });
    const listed = (await (await vera.get('/api/proposals?status=open')).json()).items.find(
      (x: { id: string }) => x.id === id,
    );
    expect(listed.fairness.attributes).toEqual([{ name: 'country', sensitivity: 'personal' }]);
  });

  it('refuses an approval without a note acknowledging it, naming fairnessNote, and changes nothing', async () => {
    const id = await byCountry('active-customer');
    for (const body of [{ revision: 1 }, { revision: 1, note: 'Looks fine.' }, { revision: 1, fairnessNote: 'fine' }]) {
      const res = await dana.post(`/api/proposals/${id}/approve`, body);
      expect(res.status).toBe(422);
      const { issues } = await res.json();
      expect(issues[0].path).toEqual(['fairnessNote']);
    }
    const refused = await dana.post(`/api/proposals/${id}/approve`, { revision: 1 });
    expect((await refused.json()).issues[0].message).toContain('country (personal data)');
    expect((await (await vera.get(`/api/proposals/${id}`)).json()).status).toBe('open');
    expect((await (await vera.get('/api/segments/active-customer')).json()).current.version).toBe(1);
  });

  it('approves with the note, keeps it with what it covered, and audits both', async () => {
    const id = await byCountry('evaluation');
    const res = await dana.post(`/api/proposals/${id}/approve`, { revision: 1, fairnessNote: NOTE });
    expect(res.status).toBe(200);
    expect((await res.json()).proposal.fairness).toEqual({
      attributes: [{ name: 'country', sensitivity: 'personal' }],
      note: NOTE,
    });
    // Later dictionary changes do not rewrite what was acknowledged.
    await dana.patch('/api/attributes/country', { sensitivity: 'special_category' });
    expect((await (await vera.get(`/api/proposals/${id}`)).json()).fairness.attributes).toEqual([
      { name: 'country', sensitivity: 'personal' },
    ]);
    await dana.patch('/api/attributes/country', { sensitivity: 'personal' });
    const audit = await (await dana.get('/api/audit?action=proposals.approved')).json();
    expect(audit.items[0].after.fairness).toEqual({
      attributes: [{ name: 'country', sensitivity: 'personal' }],
      note: NOTE,
    });
  });

  it('needs no note once the owner says the attribute is not sensitive, and none for a retirement', async () => {
    const id = await byCountry('at-risk');
    await dana.patch('/api/attributes/country', { sensitivity: 'none' });
    expect((await dana.post(`/api/proposals/${id}/approve`, { revision: 1 })).status).toBe(200);
    await dana.patch('/api/attributes/country', { sensitivity: 'personal' });
    // evaluation's current version reads country (approved above); retiring it reads nothing.
    const { version, definition } = await current(vera, 'evaluation');
    const retire = await omar.post('/api/proposals', {
      kind: 'retire',
      segmentKey: 'evaluation',
      baseVersion: version,
      definition,
      rationale: 'Trials now run as a plan of their own, so this segment goes.',
    });
    const rid = (await retire.json()).id;
    expect((await (await vera.get(`/api/proposals/${rid}`)).json()).fairness.attributes).toEqual([]);
    expect((await dana.post(`/api/proposals/${rid}/approve`, { revision: 1 })).status).toBe(200);
  });

  it('refuses hostile notes with 422 naming the field', async () => {
    const id = await byCountry('dormant');
    for (const fairnessNote of [
      'A note\u0000with a NUL in it.',
      'A note \ud800 with a lone surrogate.',
      'x'.repeat(1 << 20),
    ]) {
      const res = await dana.post(`/api/proposals/${id}/approve`, { revision: 1, fairnessNote });
      expect(res.status).toBe(422);
      expect((await res.json()).issues[0].path).toEqual(['fairnessNote']);
    }
  });
});
