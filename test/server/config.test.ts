import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertDataDir, ConfigError, loadConfig } from '#server/config';
import { prepareDataDir } from '#server/data-dir';

/** Start-up configuration: every bad value stops the start with a message naming its variable. */
let tmp = '';
const SECRET = 'k'.repeat(32);

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'charter-config-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** The message loadConfig stops with, or null when it accepts the environment. */
function refusal(env: Record<string, string>): string | null {
  try {
    loadConfig({ DATA_DIR: path.join(tmp, 'data'), SESSION_SECRET: SECRET, ...env });
    return null;
  } catch (err) {
    if (err instanceof ConfigError) return err.message;
    throw err;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * What prepareDataDir says about directories this process does not own. Root may write anywhere,
 * so as root it runs as the unprivileged user `nobody` in a child process.
 */
function problemsForAnotherUser(dirs: string[]): (string | null)[] {
  if (process.getuid?.() !== 0) {
    for (const d of dirs) if (existsSync(d)) chmodSync(d, 0o555);
    return dirs.map((d) => prepareDataDir(d));
  }
  chmodSync(tmp, 0o755);
  const script = `import { prepareDataDir } from '#server/data-dir.ts'; console.log(JSON.stringify(${JSON.stringify(dirs)}.map((d) => prepareDataDir(d))))`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    uid: 65534,
    gid: 65534,
    encoding: 'utf8',
  });
  return JSON.parse(out) as (string | null)[];
}

function dataDirRefusal(dir: string): string | null {
  try {
    assertDataDir(dir);
    return null;
  } catch (err) {
    if (err instanceof ConfigError) return err.message;
    throw err;
  }
}

describe('numbers', () => {
  it('reads TRUST_PROXY as a number of proxies, 0 to 10, and refuses anything else by name', () => {
    expect(loadConfig({ DATA_DIR: path.join(tmp, 'data'), SESSION_SECRET: SECRET }).trustProxyHops).toBe(0);
    expect(
      loadConfig({ DATA_DIR: path.join(tmp, 'data'), SESSION_SECRET: SECRET, TRUST_PROXY: '1' }).trustProxyHops,
    ).toBe(1);
    for (const value of ['true', '11', '-1', ' 1']) {
      expect(refusal({ TRUST_PROXY: value })).toContain('TRUST_PROXY: must be a whole number from 0 to 10');
    }
  });

  it.each([' ', '  3000', '3000 ', '0x0C24', '0b101', '1e3', '3000.0', '-1', '0', '65536', '+80', '３０００'])(
    'refuses PORT=%j',
    (value) => {
      expect(refusal({ PORT: value })).toContain('PORT: must be a whole number from 1 to 65535');
    },
  );

  it('takes a port written in decimal digits, and 3000 when PORT is unset or empty', () => {
    expect(loadConfig({ DATA_DIR: path.join(tmp, 'data'), SESSION_SECRET: SECRET, PORT: '3108' }).port).toBe(3108);
    expect(loadConfig({ DATA_DIR: path.join(tmp, 'data'), SESSION_SECRET: SECRET, PORT: '' }).port).toBe(3000);
    expect(loadConfig({ DATA_DIR: path.join(tmp, 'data'), SESSION_SECRET: SECRET }).port).toBe(3000);
  });

  it.each([' ', '0x0C', '0', '721', '1.5'])('refuses SESSION_TTL_HOURS=%j', (value) => {
    expect(refusal({ SESSION_TTL_HOURS: value })).toContain('SESSION_TTL_HOURS: must be a whole number from 1 to 720');
  });

  it.each([' ', '0x3C', '0', '86401', '1.5', '-60'])('refuses AUDIT_CHECKPOINT_SECONDS=%j', (value) => {
    expect(refusal({ AUDIT_CHECKPOINT_SECONDS: value })).toContain(
      'AUDIT_CHECKPOINT_SECONDS: must be a whole number from 1 to 86400',
    );
  });

  it('checkpoints the audit log every 60 s unless told otherwise', () => {
    const dataDir = path.join(tmp, 'data');
    expect(loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: SECRET }).auditCheckpointSeconds).toBe(60);
    expect(
      loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: SECRET, AUDIT_CHECKPOINT_SECONDS: '5' }).auditCheckpointSeconds,
    ).toBe(5);
  });

  it('names every bad variable at once', () => {
    const message = refusal({ PORT: 'x', SESSION_TTL_HOURS: 'y', SEED: 'all' });
    expect(message).toContain('PORT:');
    expect(message).toContain('SESSION_TTL_HOURS:');
    expect(message).toContain('SEED:');
  });
});

describe('addresses and secrets', () => {
  it.each([' ', 'local host', 'exa_mple.com', '-bad.example', '127.0.0.1\0'])('refuses HOST=%j', (value) => {
    expect(refusal({ HOST: value })).toContain('HOST: must be an IP address or a host name');
  });

  it.each(['0.0.0.0', '::', '::1', 'localhost', 'charter.internal'])('takes HOST=%j', (value) => {
    expect(refusal({ HOST: value })).toBeNull();
  });

  it('refuses a DATABASE_URL that is not a readable postgres URL, without repeating it', () => {
    expect(refusal({ DATABASE_URL: 'mysql://u:hunter2@db/x' })).toContain('DATABASE_URL: must be a postgres://');
    const message = refusal({ DATABASE_URL: 'postgres://u:hunter2@db:99999/x' });
    expect(message).toContain('DATABASE_URL: is not a URL that can be read');
    expect(message).not.toContain('hunter2');
  });

  it('refuses a MIGRATION_DATABASE_URL that is not a readable postgres URL, or one without DATABASE_URL', () => {
    const owner = 'postgres://owner:hunter2@db/charter';
    expect(refusal({ MIGRATION_DATABASE_URL: 'mysql://u:hunter2@db/x', DATABASE_URL: owner })).toContain(
      'MIGRATION_DATABASE_URL: must be a postgres://',
    );
    const unreadable = refusal({ MIGRATION_DATABASE_URL: 'postgres://u:hunter2@db:99999/x', DATABASE_URL: owner });
    expect(unreadable).toContain('MIGRATION_DATABASE_URL: is not a URL that can be read');
    expect(unreadable).not.toContain('hunter2');
    const alone = refusal({ MIGRATION_DATABASE_URL: owner });
    expect(alone).toContain('MIGRATION_DATABASE_URL: needs DATABASE_URL');
    expect(alone).not.toContain('hunter2');
  });

  it('refuses an AUDIT_KEY shorter than 32 characters, spaces not counted, without repeating it', () => {
    const message = refusal({ AUDIT_KEY: `${' '.repeat(30)}hunter2  ` });
    expect(message).toContain('AUDIT_KEY: must be at least 32 characters');
    expect(message).not.toContain('hunter2');
    expect(refusal({ AUDIT_KEY: 'k'.repeat(32) })).toBeNull();
  });

  it('refuses a SESSION_SECRET of spaces, and a secret file too short to be one', () => {
    expect(refusal({ SESSION_SECRET: `${' '.repeat(30)}ab  ` })).toContain('SESSION_SECRET: must be at least 32');
    const dir = path.join(tmp, 'short-secret');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'session-secret'), '\n');
    const message = refusal({ DATA_DIR: dir, SESSION_SECRET: '' });
    expect(message).toContain(`DATA_DIR: ${path.join(dir, 'session-secret')} holds no usable secret`);
  });
});

describe('DATA_DIR', () => {
  it('creates a missing directory with its parents, and keeps the generated secret in it', () => {
    const dir = path.join(tmp, 'new', 'nested', 'data');
    const config = loadConfig({ DATA_DIR: dir });
    expect(readFileSync(path.join(dir, 'session-secret'), 'utf8').trim()).toBe(config.sessionSecret);
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(config.sessionSecret);
  });

  it('stops at once under /proc or /sys, instead of spinning', () => {
    expect(dataDirRefusal('/proc/charter-data')).toBe(
      "Invalid configuration:\n  DATA_DIR: /proc/charter-data is on the kernel's proc file system, which cannot hold data",
    );
    expect(dataDirRefusal('/proc/self')).toContain("DATA_DIR: /proc/self is on the kernel's proc file system");
    expect(dataDirRefusal('/sys/charter-data')).toContain("is on the kernel's sysfs file system");
    const link = path.join(tmp, 'to-proc');
    symlinkSync('/proc', link);
    expect(dataDirRefusal(path.join(link, 'data'))).toContain('proc file system');
    // loadConfig itself, when it has to keep the session secret there.
    expect(refusal({ DATA_DIR: '/proc/charter-data', SESSION_SECRET: '' })).toContain('DATA_DIR: /proc/charter-data');
  });

  it('says when DATA_DIR, or a directory above it, is a file', () => {
    const file = path.join(tmp, 'a-file');
    writeFileSync(file, 'not a directory');
    expect(dataDirRefusal(file)).toBe(`Invalid configuration:\n  DATA_DIR: ${file} is a file, not a directory`);
    expect(dataDirRefusal(path.join(file, 'data'))).toBe(
      `Invalid configuration:\n  DATA_DIR: ${file} is a file, so ${path.join(file, 'data')} cannot be created`,
    );
  });

  it('says when DATA_DIR is a dangling link', () => {
    const dangling = path.join(tmp, 'dangling');
    symlinkSync(path.join(tmp, 'nowhere'), dangling);
    expect(dataDirRefusal(dangling)).toContain(`DATA_DIR: ${dangling} is a symbolic link to nothing`);
  });

  it('says when DATA_DIR cannot be created or written in', () => {
    const closed = path.join(tmp, 'closed');
    mkdirSync(closed);
    chmodSync(closed, 0o755);
    expect(problemsForAnotherUser([path.join(closed, 'data'), closed])).toEqual([
      `cannot create ${path.join(closed, 'data')} (permission denied)`,
      `cannot write in ${closed} (permission denied)`,
    ]);
  });

  it('refuses a path with surrounding spaces', () => {
    expect(refusal({ DATA_DIR: ' ./data' })).toContain('DATA_DIR: must be a path without surrounding spaces');
  });
});
