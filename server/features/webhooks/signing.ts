import { Webhook } from 'standardwebhooks';
import { toBase64 } from '#server/lib/base64';
import { randomBytes } from '#server/lib/crypto';

/**
 * Signatures as the Standard Webhooks specification defines them (docs/webhooks.md, "Verifying"):
 * `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, keyed with the secret's base64 part. The
 * `standardwebhooks` package signs, so receivers can verify with the same library.
 */

const SECRET_BYTES = 24;

/** A new endpoint secret: `whsec_` and 24 random bytes in base64, as the specification suggests. */
export const newSecret = () => `whsec_${toBase64(randomBytes(SECRET_BYTES))}`;

/**
 * The webhook-signature header: one signature per secret in force, separated by spaces. During a
 * rotation's overlap both secrets sign, so a receiver still holding the old one keeps verifying.
 */
export function signatureHeader(secrets: string[], id: string, at: Date, body: string): string {
  return secrets.map((s) => new Webhook(s).sign(id, at, body)).join(' ');
}

/** The headers every attempt carries; `at` is the attempt's own time (receivers refuse stale ones). */
export function signedHeaders(secrets: string[], id: string, at: Date, body: string): Record<string, string> {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': signatureHeader(secrets, id, at, body),
  };
}
