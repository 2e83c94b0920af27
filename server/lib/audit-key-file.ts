import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type AuditKey, auditKeyFrom } from './audit-key';
import { randomToken } from './crypto';

export const AUDIT_KEY_FILE = 'audit-key';

export type KeySource = { key: AuditKey; from: 'AUDIT_KEY' | 'file' };

/**
 * AUDIT_KEY when set, otherwise DATA_DIR/audit-key. `create` generates the file the first time
 * (the server does, like the session secret); tools that only read pass false and get null.
 */
export function loadAuditKey(dataDir: string, fromEnv: string | undefined, create: boolean): KeySource | null {
  if (fromEnv) return { key: auditKeyFrom(fromEnv), from: 'AUDIT_KEY' };
  const file = path.join(dataDir, AUDIT_KEY_FILE);
  if (existsSync(file)) return { key: auditKeyFrom(readFileSync(file, 'utf8').trim()), from: 'file' };
  if (!create) return null;
  mkdirSync(dataDir, { recursive: true });
  const secret = randomToken(32);
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    // Another process sharing DATA_DIR created it a moment ago: use theirs.
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return { key: auditKeyFrom(readFileSync(file, 'utf8').trim()), from: 'file' };
  }
  return { key: auditKeyFrom(secret), from: 'file' };
}
