import { z } from 'zod';

/**
 * Text as every input schema takes it (docs/api.md, "Limits"). PostgreSQL cannot store a NUL in
 * text or jsonb, and a lone surrogate (half of a UTF-16 pair) is not text at all: it cannot be
 * encoded as UTF-8. Both are refused here, once, with a message naming what is wrong, so that no
 * such string reaches a query and turns into a 500.
 */

const NUL = /\0/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const NUL_MESSAGE = 'Contains a NUL character, which text cannot hold';
export const SURROGATE_MESSAGE = 'Contains a broken character (a lone UTF-16 surrogate)';

/** Why a string cannot be stored, or null when it can. */
export function unstorableReason(s: string): string | null {
  if (NUL.test(s)) return NUL_MESSAGE;
  if (LONE_SURROGATE.test(s)) return SURROGATE_MESSAGE;
  return null;
}

/**
 * A string schema that refuses NUL and lone surrogates; chain `.trim()`, `.min()` and `.max()` on
 * it as on `z.string()`. Every string an input schema accepts has a maximum length (a test walks the
 * OpenAPI document to make sure).
 */
export function text(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).check(storable);
}

/**
 * The check every `text()` runs, written against zod's check payload: a `superRefine` gives each
 * string a closure of its own, which cost a 10,000-contact check some 3 ms of its 5 ms of
 * validation (docs/decisions/025-contact-ids-bytewise.md). The issue is the one `superRefine`
 * made, continuing as it did, so the checks after it still report theirs.
 */
function storable(payload: z.core.ParsePayload<string>) {
  const reason = unstorableReason(payload.value);
  if (reason) payload.issues.push({ code: 'custom', message: reason, input: payload.value, continue: true });
}

/** A single-line name or label: no line breaks either. */
export function line() {
  return text()
    .refine((s) => !/[\r\n]/.test(s), 'Keep it on one line')
    .refine((s) => !CONTROL.test(s), 'Contains a control character, which a name or label cannot hold')
    .refine((s) => !BIDI_CONTROL.test(s), 'Contains a direction override, which would make it read differently');
}

// Control characters (Unicode category Cc): bell, escape, tab, the C1 range; line breaks are
// refused above with their own message.
const CONTROL = /(?![\r\n])\p{Cc}/u;
// Direction embeddings, overrides and isolates: a name shown in a table or an export must read
// as it was typed, not reordered around what follows it.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * Kinds of free text that are not prose. Every other free-text field people write is prose, and
 * prose is linted for retired language twice: in its form as people type, and on the server in
 * the transaction that saves it (docs/rules.md, "Retired language"). A field that is not prose
 * says which kind it is instead, in its schema (`plainText`) or, in a form, with the
 * `data-plain-text` attribute; tests enumerate both and fail on a field that does neither.
 */
export const PLAIN_TEXT_KINDS = {
  secret: 'a password or other secret',
  name: 'the name or label of a person, team, segment, campaign, token, workflow, webhook endpoint or source system',
  identifier: 'a key or id that names a record',
  address: 'a web address Charter calls',
  criteria: 'a value segment criteria compare with contact attributes',
  glossary: 'the glossary’s own words, which never flag themselves',
  filter: 'a search or filter, never saved',
} as const;
export type PlainTextKind = keyof typeof PLAIN_TEXT_KINDS;

/** The OpenAPI extension that carries the kind; the client's forms use `data-plain-text`. */
export const PLAIN_TEXT_KEY = 'x-plain-text';

/**
 * Marks a string schema (built on `text()` or `line()`) as free text that is not prose. Call it
 * last: zod keeps metadata per schema instance, and every further method returns a new one.
 */
export function plainText<T extends z.ZodType>(schema: T, kind: PlainTextKind): T {
  return schema.meta({ [PLAIN_TEXT_KEY]: kind }) as T;
}

/** An identifier chosen by another system (a CRM contact id, a send's event id): 1–200 characters. */
export const ExternalId = plainText(text().min(1, 'Required').max(200, 'At most 200 characters'), 'identifier');

const REPLACEMENT = '\uFFFD';

/**
 * The same text with every NUL and lone surrogate replaced by U+FFFD. For records that must be
 * written whatever the input (a refused override, a refused request's path): they are stored
 * sanitised rather than lost to a failed insert.
 */
export function sanitizeText(s: string): string {
  return unstorableReason(s) === null
    ? s
    : s.replace(/\0/g, REPLACEMENT).replace(new RegExp(LONE_SURROGATE.source, 'g'), REPLACEMENT);
}

/**
 * A JSON value with every string, keys included, sanitised as by `sanitizeText`; values that need
 * no change are returned as they are. JSON.stringify writes a NUL and a lone surrogate as `\u`
 * escapes (a surrogate pair it writes as is), so those escapes are replaced in the JSON text.
 */
export function sanitizeJson<T>(value: T): T {
  if (typeof value === 'string') return sanitizeText(value) as T;
  if (value === null || typeof value !== 'object' || !needsSanitizing(value)) return value;
  const json = JSON.stringify(value).replace(/(?<!\\)((?:\\\\)*)\\u(?:0000|d[89a-f][0-9a-f]{2})/gi, '$1\\ufffd');
  return JSON.parse(json) as T;
}

/** An explicit stack rather than recursion: the value may be nested arbitrarily deep. */
function needsSanitizing(value: object): boolean {
  const stack: unknown[] = [value];
  for (let v = stack.pop(); v !== undefined; v = stack.pop()) {
    if (typeof v === 'string') {
      if (unstorableReason(v)) return true;
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (unstorableReason(k)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}
