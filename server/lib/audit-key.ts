import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hmac } from './crypto';

/**
 * The audit key anchors the hash chain outside the database (docs/decisions/002): every entry
 * carries a keyed hash of its chain hash, and checkpoints and backup manifests are keyed too.
 * Someone who can rewrite the table but does not hold the key cannot re-hash a range unseen.
 */
export type AuditKey = {
  /** A fingerprint that names the key without revealing it. */
  id: string;
  /** A keyed hash of `data`; `purpose` keeps the key's uses apart. */
  sign(purpose: KeyPurpose, data: string): string;
  verify(purpose: KeyPurpose, data: string, mac: string | null | undefined): boolean;
};

export type KeyPurpose = 'entry' | 'checkpoint' | 'backup';

export const AUDIT_KEY_FILE = 'audit-key';

export function auditKeyFrom(secret: string): AuditKey {
  const sign = (purpose: KeyPurpose, data: string) => hmac(secret, `charter-audit-${purpose}\n${data}`);
  return {
    id: hmac(secret, 'charter-audit-key-id').slice(0, 16),
    sign,
    verify: (purpose, data, mac) => {
      if (typeof mac !== 'string') return false;
      const expected = Buffer.from(sign(purpose, data));
      const given = Buffer.from(mac);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}

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
  const secret = randomBytes(32).toString('base64url');
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    // Another process sharing DATA_DIR created it a moment ago: use theirs.
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return { key: auditKeyFrom(readFileSync(file, 'utf8').trim()), from: 'file' };
  }
  return { key: auditKeyFrom(secret), from: 'file' };
}
