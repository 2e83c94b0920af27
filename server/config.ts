import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { prepareDataDir } from './data-dir';
import { publicUrl } from './public-url';

// Written out in decimal digits only: Number() would also take ' ' (0, a random port) and '0x0C24'.
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be a whole number from ${min} to ${max}`);

const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
  .refine((u) => URL.canParse(u), 'is not a URL that can be read (are special characters in it percent-encoded?)');

const secret = z.string().refine((s) => s.trim().length >= 32, 'must be at least 32 characters, not counting spaces');

const EnvSchema = z.object({
  PORT: wholeNumber(1, 65535).default(3000),
  HOST: z
    .string()
    .refine((h) => isIP(h) !== 0 || HOST_NAME.test(h), 'must be an IP address or a host name')
    .default('127.0.0.1'),
  DATA_DIR: z
    .string()
    .refine((d) => d.trim() === d && !d.includes('\0'), 'must be a path without surrounding spaces')
    .default('./data'),
  DATABASE_URL: postgresUrl.optional(),
  // The owner role that runs migrations, when DATABASE_URL names a role with least privilege.
  MIGRATION_DATABASE_URL: postgresUrl.optional(),
  SEED: z.enum(['demo', 'none']).optional(),
  SESSION_SECRET: secret.optional(),
  SESSION_TTL_HOURS: wholeNumber(1, 24 * 30).default(12),
  PUBLIC_URL: publicUrl.optional(),
  AUDIT_KEY: secret.optional(),
  AUDIT_CHECKPOINT_SECONDS: wholeNumber(1, 86_400).default(60),
  TRUST_PROXY: wholeNumber(0, 10).default(0),
  WEBHOOKS_ALLOW_PRIVATE_TARGETS: z.enum(['true', 'false'], 'must be true or false').default('false'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** The owner role for migrations; undefined: DATABASE_URL's role migrates too. */
  migrationDatabaseUrl: string | undefined;
  /** undefined: seed the demo workspace only into an empty embedded database. */
  seed: 'demo' | 'none' | undefined;
  sessionSecret: string;
  sessionTtlHours: number;
  /** The origin browsers use (behind a TLS proxy), from PUBLIC_URL; undefined: the request's own. */
  publicOrigin: string | undefined;
  /** undefined: the key kept in DATA_DIR/audit-key (docs/decisions/002). */
  auditKey: string | undefined;
  auditCheckpointSeconds: number;
  /** How many reverse proxies to trust for the client address (X-Forwarded-For), from TRUST_PROXY. */
  trustProxyHops: number;
  /** Webhooks to loopback, private and link-local addresses (docs/webhooks.md); off by default. */
  allowPrivateWebhookTargets: boolean;
};

export class ConfigError extends Error {}

const invalid = (lines: string[]) => new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);

/** Parses the environment once at boot. Throws ConfigError with every bad variable named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(stripEmpty(env));
  if (!parsed.success) throw invalid(parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`));
  const e = parsed.data;
  if (e.MIGRATION_DATABASE_URL && !e.DATABASE_URL) {
    throw invalid(['  MIGRATION_DATABASE_URL: needs DATABASE_URL (the embedded database manages its own roles)']);
  }
  const dataDir = path.resolve(e.DATA_DIR);
  // The generated session secret is kept in DATA_DIR (main.ts checks it for the embedded database).
  if (!e.SESSION_SECRET) assertDataDir(dataDir);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    migrationDatabaseUrl: e.MIGRATION_DATABASE_URL,
    seed: e.SEED,
    sessionSecret: e.SESSION_SECRET ?? readOrCreateSecret(dataDir),
    sessionTtlHours: e.SESSION_TTL_HOURS,
    publicOrigin: e.PUBLIC_URL,
    auditKey: e.AUDIT_KEY,
    auditCheckpointSeconds: e.AUDIT_CHECKPOINT_SECONDS,
    trustProxyHops: e.TRUST_PROXY,
    allowPrivateWebhookTargets: e.WEBHOOKS_ALLOW_PRIVATE_TARGETS === 'true',
  };
}

/** Creates DATA_DIR when missing; throws ConfigError naming it when it cannot hold Charter's files. */
export function assertDataDir(dataDir: string): void {
  const problem = prepareDataDir(dataDir);
  if (problem) throw invalid([`  DATA_DIR: ${problem}`]);
}

function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(EnvSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') out[key] = value;
  }
  return out;
}

// The secret survives restarts so that sessions do too; it never leaves DATA_DIR.
function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) {
    let secret: string;
    try {
      secret = readFileSync(file, 'utf8').trim();
    } catch (err) {
      throw invalid([`  DATA_DIR: ${file} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`]);
    }
    if (secret.length < 32) {
      throw invalid([
        `  DATA_DIR: ${file} holds no usable secret (fewer than 32 characters); remove it to have a new one made (everyone is signed out)`,
      ]);
    }
    return secret;
  }
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
