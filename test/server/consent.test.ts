import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptAttributes } from './dictionary-helpers';
import { addSegment, tokenWith } from './firewall-fixtures';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';

/**
 * Consent (docs/firewall.md, "Consent"): a governed mapping from channel to the attribute that
 * records consent for it, changed only through a setting proposal; the check holds back a contact
 * without consent for the channel with no_consent, on that channel only, counted like every block.
 */
let t: TestApp;
let dana: Client;
let omar: Client;
let mia: Client;
let vera: Client;
const T0 = '2026-06-01T00:00:00Z';
const base = '/api/firewall/settings/proposals';
const RATIONALE = 'Marketing email only with an explicit opt-in, as the privacy review asked.';

beforeAll(async () => {
  t = await createTestApp();
  [dana, omar, mia, vera] = await Promise.all([
    t.as(DEMO.owner),
    t.as(DEMO.ops),
    t.as(DEMO.marketer),
    t.as(DEMO.viewer),
  ]);
  await acceptAttributes(t, { fw: 'string', sms_ok: 'boolean' });
  await addSegment(t.db, 'fw-open', { approvedAt: T0 });
  await addSegment(t.db, 'fw-paused', { approvedAt: T0, pause: { paused: true, allowCustomerInitiated: false } });
  const crm = t.withToken(await tokenWith(t, ['contacts:write']));
  const contact = (id: string, segment: string, extra: Record<string, unknown>) => ({
    id,
    attributes: { fw: segment, ...extra },
  });
  const res = await crm.put('/api/contacts', {
    contacts: [
      contact('cs-yes', 'fw-open', { email_opt_in: true }),
      contact('cs-no', 'fw-open', { email_opt_in: false }),
      contact('cs-missing', 'fw-open', {}),
      contact('cs-string', 'fw-open', { email_opt_in: 'true' }),
      contact('cs-paused', 'fw-paused', { email_opt_in: false }),
    ],
  });
  if (res.status !== 200) throw new Error(`contacts: ${res.status} ${await res.text()}`);
});
afterAll(() => t.close());

const propose = (value: unknown, client = omar) =>
  client.post(base, { settingKey: 'consent_mapping', value, rationale: RATIONALE });
async function approveMapping(value: unknown) {
  const res = await propose(value);
  expect(res.status).toBe(201);
  const approved = await dana.post(`${base}/${(await res.json()).id}/approve`, { revision: 1 });
  expect(approved.status).toBe(200);
}
const reasons = async (channel: string, ids: string[], client = mia) => {
  const res = await client.post('/api/firewall/check', { channel, contactIds: ids });
  expect(res.status).toBe(200);
  const body = await res.json();
  return Object.fromEntries(
    body.decisions.map((d: { contactId: string; reasons: string[] }) => [d.contactId, d.reasons]),
  );
};
const ALL = ['cs-yes', 'cs-no', 'cs-missing', 'cs-string', 'cs-paused', 'cs-nobody'];

describe('the consent mapping is governed', () => {
  it('starts empty: no channel needs consent', async () => {
    expect((await (await vera.get('/api/firewall/settings')).json()).consentMapping).toEqual({});
    expect(await reasons('email', ['cs-no', 'cs-missing'])).toEqual({ 'cs-no': [], 'cs-missing': [] });
  });

  it('lets only operations propose it, before looking at the body', async () => {
    for (const client of [dana, mia, vera]) {
      expect((await propose({ email: 'email_opt_in' }, client)).status).toBe(403);
      expect((await propose('anything at all', client)).status).toBe(403);
    }
  });

  it('names an accepted yes/no attribute for each channel, or 422 naming the channel', async () => {
    const cases: [unknown, string[]][] = [
      [{ email: 'mood' }, ['value', 'email']],
      [{ email: 'tags' }, ['value', 'email']], // discovered, not accepted
      [{ sms: 'lifecycle' }, ['value', 'sms']], // a string attribute
      [{ fax: 'email_opt_in' }, ['value']],
      [{ email: '1bad' }, ['value', 'email']],
      ['email_opt_in', ['value']],
    ];
    for (const [value, path] of cases) {
      const res = await propose(value);
      expect(res.status).toBe(422);
      expect((await res.json()).issues[0].path).toEqual(path);
    }
  });

  it('takes effect only when the owner approves it', async () => {
    const res = await propose({ email: 'email_opt_in' });
    const { id } = await res.json();
    expect(await reasons('email', ['cs-no'])).toEqual({ 'cs-no': [] }); // proposed is not approved
    expect((await omar.post(`${base}/${id}/approve`, { revision: 1 })).status).toBe(403); // nobody decides their own
    expect(
      (await dana.post(`${base}/${id}/approve`, { revision: 1, note: 'Agreed with the privacy review.' })).status,
    ).toBe(200);
    const settings = await (await vera.get('/api/firewall/settings')).json();
    expect(settings.consentMapping).toEqual({ email: 'email_opt_in' });
    expect(settings.approvals.consentMapping).toMatchObject({ proposalId: id, approvedBy: DEMO.owner });
    const attr = (await (await vera.get('/api/attributes')).json()).items.find(
      (a: { name: string }) => a.name === 'email_opt_in',
    );
    expect(attr.consentFor).toEqual(['email']);
  });
});

describe('no_consent in the check', () => {
  it('holds back a contact without consent on that channel only, with every other reason too', async () => {
    expect(await reasons('email', ALL)).toEqual({
      'cs-yes': [],
      'cs-no': ['no_consent'],
      'cs-missing': ['no_consent'],
      'cs-string': ['no_consent'], // consent is the value true, not a string that says so
      'cs-paused': ['segment_paused', 'no_consent'],
      'cs-nobody': ['unknown_contact'],
    });
    expect(await reasons('sms', ALL)).toEqual({
      'cs-yes': [],
      'cs-no': [],
      'cs-missing': [],
      'cs-string': [],
      'cs-paused': ['segment_paused'],
      'cs-nobody': ['unknown_contact'],
    });
  });

  it('decides every check of a shared batch on its own channel', async () => {
    const channels = ['email', 'sms', 'email', 'push', 'email', 'sms'];
    const results = await Promise.all(channels.map((c) => reasons(c, ['cs-no', 'cs-yes'])));
    results.forEach((r, i) => {
      expect(r).toEqual({ 'cs-no': channels[i] === 'email' ? ['no_consent'] : [], 'cs-yes': [] });
    });
  });

  it('counts the blocks in suppressed volume and explains them with the attribute named', async () => {
    const before = await (await vera.get('/api/metrics/governance?month=2026-11')).json();
    const res = await mia.post('/api/firewall/check', {
      channel: 'email',
      contactIds: ['cs-no', 'cs-missing', 'cs-yes'],
    });
    const { requestId, summary } = await res.json();
    expect(summary).toMatchObject({ allowed: 1, blocked: 2 });
    expect(summary.byReason.no_consent).toBe(2);
    const after = await (await vera.get('/api/metrics/governance?month=2026-11')).json();
    expect(after.suppressedContacts - before.suppressedContacts).toBe(2);
    expect(after.segmentUnsafeAttempts).toBe(before.segmentUnsafeAttempts); // not a segment reason
    const volume = await (await vera.get('/api/firewall/suppressed?month=2026-11')).json();
    const consent = volume.items.filter((i: { reason: string }) => i.reason === 'no_consent');
    expect(consent.reduce((n: number, i: { count: number }) => n + i.count, 0)).toBeGreaterThanOrEqual(2);
    const detail = await (await vera.get(`/api/firewall/requests/${requestId}`)).json();
    expect(detail.blocked[0].reasons[0]).toMatchObject({
      code: 'no_consent',
      label: 'No consent for this channel',
      rule: expect.stringContaining('email_opt_in is true'),
    });
  });

  it('keeps a consent attribute a yes/no one while the mapping names it', async () => {
    const res = await dana.patch('/api/attributes/email_opt_in', { type: 'string' });
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe('consent_attribute');
    expect((await dana.patch('/api/attributes/email_opt_in', { source: 'Preference centre' })).status).toBe(200);
  });

  it('refuses to approve a mapping whose attribute stopped being a yes/no one since it was proposed', async () => {
    const { id } = await (await propose({ email: 'email_opt_in', sms: 'sms_ok' })).json();
    expect((await dana.patch('/api/attributes/sms_ok', { type: 'number' })).status).toBe(200);
    const res = await dana.post(`${base}/${id}/approve`, { revision: 1 });
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe('consent_attribute_unusable');
    expect((await (await vera.get('/api/firewall/settings')).json()).consentMapping).toEqual({ email: 'email_opt_in' });
  });

  it('drops the requirement when an empty mapping is approved', async () => {
    await approveMapping({});
    expect(await reasons('email', ['cs-no'])).toEqual({ 'cs-no': [] });
  });
});
