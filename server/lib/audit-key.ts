import { hmac, sameText } from './crypto';

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

export function auditKeyFrom(secret: string): AuditKey {
  const sign = (purpose: KeyPurpose, data: string) => hmac(secret, `charter-audit-${purpose}\n${data}`);
  return {
    id: hmac(secret, 'charter-audit-key-id').slice(0, 16),
    sign,
    verify: (purpose, data, mac) => {
      return typeof mac === 'string' && sameText(sign(purpose, data), mac);
    },
  };
}
