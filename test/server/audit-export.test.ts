import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createApp } from '#server/app';
import { verifyExport } from '#server/features/audit/audit.export-verify';
import { auditKeyFrom } from '#server/lib/audit-key';
import { createTestApp, DEMO, httpClients, NODE_EDGE, type TestApp } from './harness';

/**
 * Exports that verify on their own (docs/operations.md, "Verifying an export"): the NDJSON export
 * and the pull stream carry each entry's link and hashes; `npm run audit:verify -- --file` checks
 * them with no database, and with AUDIT_KEY the keyed hashes too.
 */
const run = promisify(execFile);
const SECRET = 'k'.repeat(40);
const key = auditKeyFrom(SECRET);
let t: TestApp;
let keyed: ReturnType<typeof httpClients>;
let tmp: string;

beforeAll(async () => {
  t = await createTestApp();
  keyed = httpClients(
    createApp({
      db: t.db,
      dbKind: 'memory',
      clock: t.clock,
      sessionSecret: 's'.repeat(32),
      scrypt: NODE_EDGE.scrypt,
      audit: { key, checkpoint: null, checkpointSeconds: null },
    }),
  );
  // A few keyed entries after the seed's unkeyed ones.
  const ops = await keyed.as(DEMO.ops);
  for (const name of ['export one', 'export two', 'export three']) {
    expect((await ops.post('/api/tokens', { name, scopes: ['read'] })).status).toBe(201);
  }
  tmp = mkdtempSync(path.join(os.tmpdir(), 'charter-audit-export-'));
});
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await t.close();
});

/** Every request goes through the keyed app, as every instance holds the same key. */
async function tokenFor(scopes: string[]): Promise<string> {
  const res = await (await keyed.as(DEMO.ops)).post('/api/tokens', { name: `collector ${scopes.join(' ')}`, scopes });
  return (await res.json()).token;
}

async function ndjson(query = '') {
  const res = await (await keyed.as(DEMO.viewer)).get(`/api/audit/export.ndjson${query}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
  return (await res.text()).trimEnd().split('\n');
}

async function verifyCli(lines: string[], env: Record<string, string> = {}) {
  const file = path.join(tmp, `export-${Math.random().toString(36).slice(2)}.ndjson`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts', '--file', file], {
      env: { ...process.env, AUDIT_KEY: '', DATA_DIR: tmp, ...env },
    });
    return { code: 0, out: stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string };
    return { code: e.code, out: e.stdout };
  }
}

describe('the NDJSON export', () => {
  it('lists entries oldest first with prevHash, hash and the keyed hash, each linked to the one before', async () => {
    const lines = await ndjson();
    const entries = lines.map((l) => JSON.parse(l));
    expect(entries.length).toBeGreaterThan(4);
    expect(entries[0].prevHash).toBe('0'.repeat(64));
    for (let i = 1; i < entries.length; i++) expect(entries[i].prevHash).toBe(entries[i - 1].hash);
    const last = entries[entries.length - 1];
    expect(Object.keys(last).sort()).toEqual(
      [
        'action',
        'actor',
        'actorId',
        'after',
        'at',
        'before',
        'hash',
        'id',
        'mac',
        'prevHash',
        'targetId',
        'targetType',
      ].sort(),
    );
    expect(last.mac).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyExport(lines, key)).toMatchObject({ ok: true, entries: entries.length, fromGenesis: true });
    expect((verifyExport(lines, key) as { keyed: number }).keyed).toBeGreaterThanOrEqual(3);
  });

  it('finds an edited, a removed, a reordered and a re-hashed line', async () => {
    const lines = await ndjson();
    const n = lines.length - 2;
    const edited = [...lines];
    edited[n] = (edited[n] as string).replace('"action":"', '"action":"x');
    expect(verifyExport(edited, null)).toMatchObject({ ok: false, line: n + 1 });
    const removed = lines.filter((_, i) => i !== n);
    expect(verifyExport(removed, null)).toMatchObject({ ok: false, line: n + 1 });
    const reordered = [...lines];
    [reordered[n], reordered[n + 1]] = [reordered[n + 1] as string, reordered[n] as string];
    expect(verifyExport(reordered, null).ok).toBe(false);
    // Rewritten and re-hashed from there on: holds without the key, not with it.
    const { entryHash } = await import('#server/core/audit-chain');
    const rehashed = [...lines];
    let prevHash = JSON.parse(rehashed[n - 1] as string).hash;
    for (let i = n; i < rehashed.length; i++) {
      const e = JSON.parse(rehashed[i] as string);
      if (i === n) e.actor = 'someone.else@example.com';
      e.prevHash = prevHash;
      e.hash = entryHash(prevHash, { ...e, at: new Date(e.at), actorLabel: e.actor });
      prevHash = e.hash;
      rehashed[i] = JSON.stringify(e);
    }
    expect(verifyExport(rehashed, null).ok).toBe(true);
    expect(verifyExport(rehashed, key)).toMatchObject({ ok: false, id: JSON.parse(rehashed[n] as string).id });
  });

  it('exports a date range that verifies on its own, though it starts mid-chain', async () => {
    t.clock.advance(24 * 3_600_000);
    await tokenFor(['read']);
    const lines = await ndjson('?from=2026-11-16&to=2026-11-16');
    expect(lines.length).toBeGreaterThan(0);
    expect(verifyExport(lines, key), lines.join('\n')).toMatchObject({ ok: true, fromGenesis: false });
  });

  it('is verified by npm run audit:verify -- --file, with the keyed hashes when AUDIT_KEY is given', async () => {
    const lines = await ndjson();
    const plain = await verifyCli(lines);
    expect(plain.code, plain.out).toBe(0);
    expect(plain.out).toMatch(
      /^Export intact: \d+ entries, 1 to \d+, from the first entry of the log; keyed hashes not checked/,
    );
    const withKey = await verifyCli(lines, { AUDIT_KEY: SECRET });
    expect(withKey.out).toMatch(/, \d+ keyed hashes checked\.$/m);
    const wrongKey = await verifyCli(lines, { AUDIT_KEY: 'w'.repeat(40) });
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.out).toMatch(/^Export broken at line \d+: Entry \d+'s keyed hash does not match the audit key/);
    const tampered = await verifyCli(lines.map((l, i) => (i === 3 ? l.replace('"at":"2', '"at":"1') : l)));
    expect(tampered.code).toBe(1);
    expect(tampered.out).toMatch(/^Export broken at line 4: Entry \d+ does not match its hash/);
  }, 60_000);
});

describe('the CSV export and the pull stream', () => {
  it('puts prevHash and hash on every CSV row', async () => {
    const csv = await (await (await keyed.as(DEMO.ops)).get('/api/audit/export.csv')).text();
    const [header, row] = csv.split('\n');
    expect(header).toBe('id,at,actorId,actor,action,targetType,targetId,before,after,prevHash,hash');
    expect(row).toMatch(/,[0-9a-f]{64},[0-9a-f]{64}$/);
  });

  it('pages a collector through the log oldest first with a token, and verifies as one export', async () => {
    const collector = keyed.withToken(await tokenFor(['read']));
    const all: string[] = [];
    let after = 0;
    for (;;) {
      const res = await collector.get(`/api/audit/stream?after=${after}&limit=7`);
      expect(res.status).toBe(200);
      const page = await res.json();
      if (page.items.length === 0) {
        expect(page.next).toBe(after);
        break;
      }
      expect(page.items[0].id).toBeGreaterThan(after);
      all.push(...page.items.map((e: unknown) => JSON.stringify(e)));
      after = page.next;
    }
    expect(verifyExport(all, null)).toMatchObject({ ok: true, fromGenesis: true });
  });

  it('refuses those who may not read the log, and a bad cursor, limit or filter', async () => {
    const marketer = await keyed.as(DEMO.marketer);
    for (const p of ['/api/audit/stream?after=x', '/api/audit/export.ndjson?actor=%00']) {
      expect((await marketer.get(p)).status).toBe(403);
    }
    const checker = keyed.withToken(await tokenFor(['firewall:check']));
    expect((await checker.get('/api/audit/stream')).status).toBe(403);
    const viewer = await keyed.as(DEMO.viewer);
    for (const [p, field] of [
      ['/api/audit/stream?after=-1', 'after'],
      ['/api/audit/stream?after=1e3', 'after'],
      ['/api/audit/stream?limit=5001', 'limit'],
      ['/api/audit/stream?__proto__=1', ''],
      ['/api/audit/export.ndjson?actor=%00', 'actor'],
      [`/api/audit/export.ndjson?target=${'x'.repeat(300)}`, 'target'],
    ] as const) {
      const res = await viewer.get(p);
      expect(res.status, p).toBe(422);
      expect(JSON.stringify((await res.json()).issues[0].path), p).toBe(JSON.stringify(field ? [field] : []));
    }
  });
});
