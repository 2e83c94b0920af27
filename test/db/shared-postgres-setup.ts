import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPostgres } from '#server/db/client';
import { openConnection } from '#server/db/connection';
import type { EmbeddedServer } from '#server/db/embedded';
import { ensureEmbeddedRoles } from '#server/db/roles';
import { auditKeyFrom } from '#server/lib/audit-key';
import { fixedClock } from '#server/lib/clock';
import { randomToken } from '#server/lib/crypto';
import { seedDemo } from '#server/seed/demo';
import { inDatabase, type SharedPostgres, superQuery, TEMPLATE_START, type Template } from './shared-postgres';
import { startTestPostgres } from './test-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where a test file asks for the run's shared PostgreSQL (test/db/shared-postgres.ts). */
    sharedPostgresURL: string;
  }
}

/**
 * One test PostgreSQL for the whole run, started by this (the main) process the first time a test
 * file asks for it, so that a run that needs none starts none, and stopped when the run ends. The
 * files ask over a small HTTP server on loopback; each then copies a seeded template into a
 * database of its own (docs/testing.md, "One PostgreSQL for the run").
 */
export default async function setup(project: TestProject) {
  let started: Promise<{ server: EmbeddedServer; tmp: string; superUrl: string }> | undefined;
  const templates = new Map<Template, Promise<SharedPostgres>>();

  const start = async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'charter-shared-pg-'));
    // As root, PostgreSQL runs as the 'postgres' user, which must be able to reach the data directory.
    chmodSync(tmp, 0o755);
    const server = await startTestPostgres(path.join(tmp, 'data'));
    return { server, tmp, superUrl: server.url };
  };

  const build = async (template: Template): Promise<SharedPostgres> => {
    started ??= start();
    const { tmp, superUrl } = await started;
    const dataDir = path.join(tmp, 'data');
    if (template === 'roles') {
      // Charter's real roles, the demo seeded by the owner with its audit entries keyed.
      const roles = await ensureEmbeddedRoles(dataDir, superUrl);
      const keySecret = randomToken();
      const database = await openConnection({ kind: 'embedded', ...roles });
      try {
        await seedDemo(database.db, fixedClock(TEMPLATE_START), { audit: { key: auditKeyFrom(keySecret) } });
      } finally {
        await database.close();
      }
      return { superUrl, dataDir, template: 'charter', keySecret, ...roles };
    }
    // One superuser and no audit key, as PGlite's snapshots (test/db/snapshots.ts) have it.
    await superQuery(superUrl, 'CREATE DATABASE charter_plain');
    const url = inDatabase(superUrl, 'charter_plain');
    const database = await openPostgres(url, 'embedded');
    try {
      await seedDemo(database.db, fixedClock(TEMPLATE_START));
    } finally {
      await database.close();
    }
    return { superUrl, dataDir, template: 'charter_plain', keySecret: '', ownerUrl: url, appUrl: url };
  };

  const control = createServer((req, res) => {
    const template = new URL(req.url ?? '/', 'http://x').searchParams.get('template') as Template;
    if (template !== 'roles' && template !== 'plain') {
      res.writeHead(400).end('template: roles or plain');
      return;
    }
    let pending = templates.get(template);
    if (!pending) {
      pending = build(template);
      templates.set(template, pending);
    }
    pending.then(
      (info) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(info)),
      (err: Error) => res.writeHead(500).end(err.stack ?? String(err)),
    );
  });
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
  project.provide('sharedPostgresURL', `http://127.0.0.1:${(control.address() as AddressInfo).port}/`);

  return async () => {
    await new Promise((resolve) => control.close(resolve));
    if (!started) return;
    const { server, tmp } = await started;
    // Whatever was built (or failed to) has finished: nothing writes while the server stops.
    await Promise.allSettled(templates.values());
    await server.stop();
    rmSync(tmp, { recursive: true, force: true });
  };
}
