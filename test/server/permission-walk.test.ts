import { PERMISSIONS, type Permission, type PermissionRule } from '#domain/permissions';
import type { Role } from '#domain/roles';
import { tokenWith } from './firewall-fixtures';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';

/**
 * Permission before validation, on every route (decision 003; docs/rules.md, "Roles"): the walk
 * takes every operation of the OpenAPI document, calls it as each role and each token scope with
 * a body no schema accepts, and expects 403 wherever the permission table says no, never a 422
 * describing the body. Each operation publishes its permission as `x-permission` (and `x-person`
 * when it needs a signed-in person); an operation that declares neither fails the walk.
 */
type Operation = {
  'x-permission'?: Permission | Permission[];
  'x-person'?: true;
  requestBody?: { content?: Record<string, unknown> };
};
// The walk sends JSON: an operation that takes another media type refuses it with 415, not 422.
const takesJson = (op: Operation) => op.requestBody?.content?.['application/json'] !== undefined;
type Caller = { name: string; client: Client; roles: readonly Role[]; scopes: readonly string[] };

// Reached before anyone is signed in, or by anyone: nothing to refuse.
const PUBLIC = new Set(['get /health', 'get /health/live', 'post /session']);
const WRITES = new Set(['post', 'put', 'patch', 'delete']);
// An invalid body for every schema (strict objects refuse the unknown key) that is still JSON.
const INVALID: unknown = JSON.parse('{"not-a-field": "x\\u0000", "__proto__": {"admin": true}}');
const send = (client: Client, method: string, url: string) =>
  method === 'delete' ? client.delete(url) : client[method as 'post' | 'put' | 'patch'](url, INVALID);

let t: TestApp;
let doc: { paths: Record<string, Record<string, Operation>> };
let callers: Caller[];
beforeAll(async () => {
  t = await createTestApp();
  doc = await (await t.anonymous.get('/api/openapi.json')).json();
  const person = async (email: string, roles: Role[]) => ({
    name: email,
    client: await t.as(email),
    roles,
    scopes: [],
  });
  const token = async (scope: string) => ({
    name: `token ${scope}`,
    client: t.withToken(await tokenWith(t, [scope])),
    roles: [],
    scopes: [scope],
  });
  callers = [
    await person(DEMO.viewer, ['viewer']),
    await person(DEMO.marketer, ['marketer']),
    await person(DEMO.owner, ['owner']),
    await person(DEMO.ops, ['operations', 'admin']),
    await token('read'),
    await token('firewall:check'),
    await token('sends:write'),
    await token('contacts:write'),
  ];
});
afterAll(() => t.close());

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op, key: `${method} ${path}` })),
  );

function allowed(op: Operation, caller: Caller): boolean {
  if (op['x-person'] && caller.roles.length === 0) return false;
  const declared = op['x-permission'];
  if (declared === undefined) return true;
  return [declared].flat().some((p) => {
    const rule: PermissionRule = PERMISSIONS[p];
    return (
      caller.roles.some((r) => rule.roles.includes(r)) ||
      (rule.scope !== undefined && caller.scopes.includes(rule.scope))
    );
  });
}

// Ids nobody has: an allowed caller reaches validation (or a 404), never someone's data.
const concrete = (path: string) =>
  path
    .replace('{id}', '00000000-0000-4000-8000-000000000000')
    .replace('{month}', '1999-01')
    .replace('{key}', 'no-such-segment');

describe('permission before validation', () => {
  it('declares who may call every operation', () => {
    const undeclared = operations()
      .filter(({ op, key }) => !PUBLIC.has(key) && op['x-permission'] === undefined && !op['x-person'])
      .map(({ key }) => key);
    expect(undeclared).toEqual([]);
    const declared = operations().flatMap(({ op }) => [op['x-permission'] ?? []].flat());
    expect(declared.filter((p) => !(p in PERMISSIONS))).toEqual([]);
  });

  it('answers 403 to every role and token the table refuses, whatever the body, on every write', async () => {
    const writes = operations().filter(({ method, key }) => WRITES.has(method) && !PUBLIC.has(key));
    expect(writes.length).toBeGreaterThan(40);
    const wrong: string[] = [];
    let refused = 0;
    for (const { path, method, op, key } of writes) {
      for (const caller of callers) {
        const may = allowed(op, caller);
        // An allowed caller is sent only where a body schema stops the call before it does anything.
        if (may && !op.requestBody) continue;
        const res = await send(caller.client, method, `/api${concrete(path)}`);
        const body = await res.json().catch(() => ({}));
        if (!may) {
          refused++;
          if (res.status !== 403 || body.code !== 'forbidden')
            wrong.push(`${key} as ${caller.name}: ${res.status} ${body.code}`);
        } else if (key === 'post /firewall/override') {
          if (body.code !== 'override_refused') wrong.push(`${key} as ${caller.name}: ${res.status} ${body.code}`);
        } else if (res.status !== (takesJson(op) ? 422 : 415)) {
          wrong.push(`${key} as ${caller.name}: ${res.status} ${body.code} (expected a 4xx for the body)`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(refused).toBeGreaterThan(150);
  });

  it('includes the writes a viewer or a read token once reached with a 422: glossary, import, review completion', () => {
    const byKey = new Map(operations().map(({ key, op }) => [key, op]));
    const viewer = callers[0] as Caller;
    const read = callers[4] as Caller;
    for (const key of [
      'post /glossary',
      'patch /glossary/{id}',
      'post /glossary/{id}/archive',
      'post /glossary/import',
      'post /reviews/{month}/complete',
      'post /reviews/{month}/notes',
      'post /reviews/{month}/actions',
      'post /reviews/{month}/start',
      'post /firewall/override-attempts',
    ]) {
      const op = byKey.get(key);
      expect(op, key).toBeDefined();
      expect(allowed(op as Operation, viewer), key).toBe(false);
      expect(allowed(op as Operation, read), key).toBe(false);
    }
  });

  it('leaves a viewer and a read token no write: only reads sent as POST, and a viewer’s own session', () => {
    const writable = (caller: Caller) =>
      operations()
        .filter(({ method, key, op }) => WRITES.has(method) && !PUBLIC.has(key) && allowed(op, caller))
        .map(({ key }) => key)
        .sort();
    // Withdrawing is the proposer's alone (the service checks), and a viewer can propose nothing.
    expect(writable(callers[0] as Caller)).toEqual([
      'delete /session',
      'post /lint',
      'post /proposals/{id}/withdraw',
      'post /segments/impact',
    ]);
    expect(writable(callers[4] as Caller)).toEqual(['post /lint', 'post /segments/impact']);
  });

  it('answers 403 to reads the table refuses too, before looking at the query', async () => {
    const reads = operations().filter(({ method, key }) => method === 'get' && !PUBLIC.has(key));
    const wrong: string[] = [];
    for (const { path, op, key } of reads) {
      for (const caller of callers) {
        if (allowed(op, caller)) continue;
        const res = await caller.client.get(`/api${concrete(path)}?not-a-parameter=1`);
        if (res.status !== 403) wrong.push(`${key} as ${caller.name}: ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
