import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/**
 * Least privilege for the app's own connection (docs/operations.md#database-roles): the owner
 * role runs migrations and owns every table; the app role reads and writes what the app needs,
 * and may only INSERT and SELECT on the append-only tables. Neither is a superuser, so the app's
 * connection can neither switch the append-only triggers off (that takes the table's owner) nor
 * set session_replication_role (that takes a superuser).
 */

export const EMBEDDED_ROLES = { owner: 'charter_owner', app: 'charter_app' } as const;

/** Written once, never changed or removed; each also has triggers that refuse UPDATE and DELETE. */
export const APPEND_ONLY_TABLES = [
  'audit_entries',
  'segment_versions',
  'firewall_requests',
  'firewall_block_groups',
  'firewall_allow_groups',
] as const;

export type RoleUrls = { ownerUrl: string; appUrl: string };

const ROLE_FLAGS = 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT';

/**
 * Creates (or brings up to date) the owner and app roles of the embedded server, and hands every
 * object that the bootstrap superuser created in earlier versions to the owner, so a data
 * directory from before roles existed upgrades in place. `superUrl` names the superuser and the
 * database; the roles' passwords are kept in DATA_DIR like the superuser's.
 */
export async function ensureEmbeddedRoles(dataDir: string, superUrl: string): Promise<RoleUrls> {
  const ownerPassword = readOrCreatePassword(path.join(dataDir, 'pg-owner-password'));
  const appPassword = readOrCreatePassword(path.join(dataDir, 'pg-app-password'));
  const client = new pg.Client({ connectionString: superUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await upsertRole(client, EMBEDDED_ROLES.owner, ownerPassword);
    await upsertRole(client, EMBEDDED_ROLES.app, appPassword);
    const { rows } = await client.query<{ db: string }>('SELECT current_database() AS db');
    const owner = pg.escapeIdentifier(EMBEDDED_ROLES.owner);
    await client.query(`ALTER DATABASE ${pg.escapeIdentifier(rows[0]?.db ?? '')} OWNER TO ${owner}`);
    for (const statement of await ownershipTransfers(client, EMBEDDED_ROLES.owner)) await client.query(statement);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
  return {
    ownerUrl: withRole(superUrl, EMBEDDED_ROLES.owner, ownerPassword),
    appUrl: withRole(superUrl, EMBEDDED_ROLES.app, appPassword),
  };
}

/** The role URLs of an embedded server someone else started, or null when its roles are not set up. */
export function embeddedRoleUrls(dataDir: string, anyUrl: string): RoleUrls | null {
  const ownerFile = path.join(dataDir, 'pg-owner-password');
  const appFile = path.join(dataDir, 'pg-app-password');
  if (!existsSync(ownerFile) || !existsSync(appFile)) return null;
  return {
    ownerUrl: withRole(anyUrl, EMBEDDED_ROLES.owner, readFileSync(ownerFile, 'utf8').trim()),
    appUrl: withRole(anyUrl, EMBEDDED_ROLES.app, readFileSync(appFile, 'utf8').trim()),
  };
}

async function upsertRole(client: pg.Client, role: string, password: string): Promise<void> {
  const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  const verb = exists.rowCount ? 'ALTER' : 'CREATE';
  // Flags are restated at every start, so a role loosened by hand is tightened again.
  await client.query(`${verb} ROLE ${pg.escapeIdentifier(role)} ${ROLE_FLAGS} PASSWORD ${pg.escapeLiteral(password)}`);
}

// Objects an extension installed belong to the extension, not to Charter.
const inExtension = (oid: string, catalog: string) =>
  `EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '${catalog}'::regclass AND e.objid = ${oid} AND e.deptype = 'e')`;

// Objects in Charter's schemas owned by anyone but the owner role: what versions before roles
// existed created as the superuser. Sequences that belong to a column move with their table.
async function ownershipTransfers(client: pg.Client, ownerRole: string): Promise<string[]> {
  const to = `OWNER TO ${pg.escapeIdentifier(ownerRole)}`;
  const { rows } = await client.query<{ statement: string }>(
    `SELECT format('ALTER %s %s ${to}',
              CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
              c.oid::regclass) AS statement
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname IN ('public', 'drizzle') AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
        AND c.relowner <> $1::regrole AND NOT ${inExtension('c.oid', 'pg_class')}
        AND NOT (c.relkind = 'S' AND EXISTS (
              SELECT 1 FROM pg_depend d
               WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
     UNION ALL
     SELECT format('ALTER ROUTINE %s ${to}', p.oid::regprocedure)
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname IN ('public', 'drizzle') AND p.proowner <> $1::regrole AND NOT ${inExtension('p.oid', 'pg_proc')}
     UNION ALL
     SELECT format('ALTER TYPE %s ${to}', t.oid::regtype)
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname IN ('public', 'drizzle') AND t.typtype IN ('e', 'd') AND t.typowner <> $1::regrole
        AND NOT ${inExtension('t.oid', 'pg_type')}
     UNION ALL
     SELECT format('ALTER SCHEMA %I ${to}', n.nspname)
       FROM pg_namespace n WHERE n.nspname = 'drizzle' AND n.nspowner <> $1::regrole`,
    [ownerRole],
  );
  return rows.map((r) => r.statement);
}

/**
 * Run by the owner after every migration, inside the migration lock: the app role gets exactly
 * what it needs on every table, including tables new migrations added. Revoking first makes
 * the result the same whatever was granted before, and the transaction makes it appear at once.
 */
export async function grantAppPrivileges(owner: pg.Client, appRole: string): Promise<void> {
  const app = pg.escapeIdentifier(appRole);
  const appendOnly = APPEND_ONLY_TABLES.map((t) => pg.escapeIdentifier(t)).join(', ');
  await owner.query('BEGIN');
  try {
    await owner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${app}`);
    await owner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${app}`);
    await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`);
    await owner.query(`REVOKE UPDATE, DELETE ON ${appendOnly} FROM ${app}`);
    await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`);
    // Read-only, so that a backup taken as the app role knows which migrations its data needs.
    await owner.query(`GRANT USAGE ON SCHEMA drizzle TO ${app}`);
    await owner.query(`GRANT SELECT ON drizzle.__drizzle_migrations TO ${app}`);
    await owner.query('COMMIT');
  } catch (err) {
    await owner.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** The role a URL logs in as, as the server sees it. */
export async function roleOf(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ role: string }>('SELECT current_user AS role');
    return rows[0]?.role ?? '';
  } finally {
    await client.end();
  }
}

/**
 * What the app's connection could do to the audit log that it should not: empty when it is a
 * role with least privilege. Used to warn at start when an external database is set up otherwise.
 */
export async function appRoleWeaknesses(query: (sql: string) => Promise<{ rows: unknown[] }>): Promise<string[]> {
  const { rows } = await query(
    `SELECT r.rolsuper AS superuser,
            pg_has_role(current_user, c.relowner, 'MEMBER') AS owner,
            has_table_privilege('audit_entries', 'UPDATE') AS can_update,
            has_table_privilege('audit_entries', 'DELETE') AS can_delete,
            has_table_privilege('audit_entries', 'TRUNCATE') AS can_truncate
       FROM pg_roles r, pg_class c
      WHERE r.rolname = current_user AND c.oid = 'audit_entries'::regclass`,
  );
  const row = rows[0] as Record<string, boolean> | undefined;
  if (!row) return [];
  const found: string[] = [];
  if (row.superuser) found.push('is a superuser');
  else if (row.owner) found.push('owns the audit table');
  const verbs = (['update', 'delete', 'truncate'] as const).filter((v) => row[`can_${v}`]);
  if (!row.superuser && !row.owner && verbs.length > 0) found.push(`may ${verbs.join(', ')} audit entries`);
  return found;
}

function withRole(url: string, role: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(role);
  u.password = encodeURIComponent(password);
  return u.toString();
}

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}
