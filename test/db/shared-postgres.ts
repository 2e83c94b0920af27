import { threadId } from 'node:worker_threads';
import pg from 'pg';
import { inject } from 'vitest';

/**
 * The run's one test PostgreSQL (test/db/shared-postgres-setup.ts), for the files that need a real
 * server but neither stop nor restart it: each takes a copy of a seeded template, a database of its
 * own, and drops it when done. `roles` is the demo under Charter's real roles with a keyed audit
 * log (test/server/embedded-harness.ts); `plain` is the demo seeded by the superuser with no audit
 * key, as the in-memory snapshots have it.
 */
export type Template = 'roles' | 'plain';

export type SharedPostgres = {
  superUrl: string;
  /** The cluster's data directory: the roles' passwords live there. */
  dataDir: string;
  /** The template database's name. */
  template: string;
  /** The audit key's secret the `roles` template was seeded with; empty for `plain`. */
  keySecret: string;
  ownerUrl: string;
  appUrl: string;
};

export type SharedDatabase = { name: string; superUrl: string; ownerUrl: string; appUrl: string };

/** When the templates' demo workspace was seeded. */
export const TEMPLATE_START = '2026-11-15T12:00:00Z';

const asked = new Map<Template, Promise<SharedPostgres>>();

/** The shared server and the template, started and seeded by the first file that asks. */
export function sharedPostgres(template: Template): Promise<SharedPostgres> {
  let pending = asked.get(template);
  if (!pending) {
    pending = ask(template);
    asked.set(template, pending);
    pending.catch(() => asked.delete(template));
  }
  return pending;
}

async function ask(template: Template): Promise<SharedPostgres> {
  const res = await fetch(`${inject('sharedPostgresURL')}?template=${template}`);
  if (!res.ok) throw new Error(`the shared test PostgreSQL did not start: ${await res.text()}`);
  return (await res.json()) as SharedPostgres;
}

let counter = 0;

/**
 * A new database: a copy of the template, or empty (`template: null`), owned by the template's
 * owner unless `ownedBySuperuser`. Names carry the process and thread: files run side by side.
 */
export async function newSharedDatabase(
  shared: SharedPostgres,
  options: { empty?: boolean; ownedBySuperuser?: boolean } = {},
): Promise<SharedDatabase> {
  const name = `test_${process.pid}_${threadId}_${++counter}`;
  const from = options.empty ? '' : ` TEMPLATE ${shared.template}`;
  const owner = options.ownedBySuperuser || shared.ownerUrl === shared.appUrl ? '' : ' OWNER charter_owner';
  await superQuery(maintenance(shared), `CREATE DATABASE ${name}${from}${owner}`);
  return {
    name,
    superUrl: inDatabase(shared.superUrl, name),
    ownerUrl: inDatabase(shared.ownerUrl, name),
    appUrl: inDatabase(shared.appUrl, name),
  };
}

/** Drops a database made above, cutting any connection a test left open. */
export async function dropSharedDatabase(shared: SharedPostgres, name: string): Promise<void> {
  await superQuery(maintenance(shared), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

// Not the template: a copy cannot be made while another session is connected to its template.
const maintenance = (shared: SharedPostgres) => inDatabase(shared.superUrl, 'postgres');

/** One statement as the superuser on its own connection (CREATE/DROP DATABASE cannot run in a pool's transaction). */
export async function superQuery<R extends pg.QueryResultRow = Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export function inDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
