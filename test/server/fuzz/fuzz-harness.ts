import { sql } from 'drizzle-orm';
import { rowsOf } from '#server/db/rows';
import { DEMO_PASSWORD } from '#server/seed/demo';
import { tokenWith } from '../firewall-fixtures';
import { DEMO, ORIGIN } from '../harness';
import { createPostgresTestApp, type PostgresTestApp } from '../postgres-app';
import type { JsonSchema, Pools } from './schema-arbitrary';

/** One operation of the OpenAPI document, as the fuzz tests enumerate them. */
export type Operation = {
  method: string;
  /** As the document writes it, under /api: `/users/{id}`. */
  path: string;
  parameters: { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema: JsonSchema }[];
  body?: JsonSchema;
};

export type OpenApiDocument = {
  paths: Record<string, Record<string, { parameters?: Operation['parameters']; requestBody?: unknown }>>;
  components: { schemas: Record<string, JsonSchema> };
};

export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => {
      const body = (op.requestBody as { content?: Record<string, { schema: JsonSchema }> } | undefined)?.content?.[
        'application/json'
      ]?.schema;
      return { method: method.toUpperCase(), path, parameters: op.parameters ?? [], body };
    }),
  );
}

export const nameOf = (op: Operation) => `${op.method} /api${op.path}`;

/** A way of calling the API: a person's session cookie or an API token with every scope. */
export type Principal = { label: string; headers: Record<string, string> };

export type FuzzWorld = {
  t: PostgresTestApp;
  doc: OpenApiDocument;
  principals: Principal[];
  pools: Pools;
  signIn(email: string): Promise<Principal>;
};

/** The demo workspace, every demo person signed in, a token with every scope, and pools of real ids. */
export async function createFuzzWorld(): Promise<FuzzWorld> {
  const t = await createPostgresTestApp({ cheapPasswords: true });
  const signIn = async (email: string): Promise<Principal> => {
    const res = await t.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`sign-in as ${email}: ${res.status}`);
    const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
    return { label: email.split('@')[0] ?? email, headers: { cookie, origin: ORIGIN } };
  };
  const people = await Promise.all(
    [DEMO.owner, DEMO.ops, DEMO.marketer, DEMO.newHire, DEMO.viewer].map((email) => signIn(email)),
  );
  const token = await tokenWith(t, ['firewall:check', 'sends:write', 'contacts:write', 'read']);
  const principals = [...people, { label: 'token', headers: { authorization: `Bearer ${token}` } }];
  const doc = (await (await t.request('/api/openapi.json')).json()) as OpenApiDocument;
  return { t, doc, principals, pools: await poolsOf(t), signIn };
}

/**
 * Ids of objects a request may change without cutting the fuzz off from the API: people and
 * tokens are left out (deactivating a demo user or revoking the token would end its session).
 */
async function poolsOf(t: PostgresTestApp): Promise<Pools> {
  const ids = rowsOf<{ id: string }>(
    await t.db.execute(sql`
      select id::text from campaigns union all select id::text from change_proposals
      union all select id::text from exception_requests union all select id::text from pause_violations
      union all select id::text from glossary_terms union all select id::text from firewall_requests limit 200`),
  );
  const keys = rowsOf<{ key: string }>(await t.db.execute(sql`select key from segments`));
  return { uuids: ids.map((r) => r.id), segmentKeys: keys.map((r) => r.key) };
}

/**
 * Every committed row change, counted per table and kind (`users:UPDATE`) by triggers the fuzz
 * tests add to their own database, the audit head, and the actions of the audit entries written
 * after a given head. A write that is rolled back rolls its counts back with it, so comparing two
 * snapshots shows exactly what a request left behind.
 */
export type Snapshot = { changes: Record<string, number>; auditHead: number; actionsSince: string[] };

export async function installChangeCounters(t: PostgresTestApp) {
  const tables = rowsOf<{ relname: string }>(
    await t.db.execute(sql`select relname from pg_stat_user_tables where schemaname = 'public'`),
  ).map((r) => r.relname);
  await t.db.execute(sql`create table fuzz_changes (key text primary key, n bigint not null)`);
  await t.db.execute(sql`
    create function fuzz_count() returns trigger language plpgsql as $$
    begin
      insert into fuzz_changes values (TG_TABLE_NAME || ':' || TG_OP, 1)
        on conflict (key) do update set n = fuzz_changes.n + 1;
      return null;
    end $$`);
  for (const table of tables) {
    await t.db.execute(
      sql.raw(`create trigger fuzz_count after insert or update or delete on "${table}"
               for each row execute function fuzz_count()`),
    );
  }
  /**
   * The counters, the head, and the actions audited after `since` (none when it is the head):
   * one query, so a refusal's check costs one round trip to the database beside the request's own.
   */
  return async (since = Number.MAX_SAFE_INTEGER): Promise<Snapshot> => {
    const [row] = rowsOf<{ changes: Record<string, string | number> | null; head: string | number; actions: string[] }>(
      await t.db.execute(sql`
        select (select json_object_agg(key, n) from fuzz_changes) as changes,
          (select coalesce(max(id), 0) from audit_entries) as head,
          (select coalesce(json_agg(action order by id), '[]') from audit_entries where id > ${since}) as actions`),
    );
    if (!row) throw new Error('no change counters');
    const changes = Object.fromEntries(Object.entries(row.changes ?? {}).map(([k, n]) => [k, Number(n)]));
    return { changes, auditHead: Number(row.head), actionsSince: row.actions };
  };
}

/** Table changes (`table:KIND`) between two snapshots. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  return Object.keys(after.changes)
    .filter((k) => after.changes[k] !== before.changes[k])
    .sort();
}
