/**
 * How criteria read attribute values. Each rule here is one the SQL compiler on the server
 * reproduces exactly, so it is written to be expressible in plain PostgreSQL (15+), whatever the
 * server's locale or time zone.
 */

/** Reads a dotted path from an attributes object; only its own keys, never inherited ones. */
export function readAttr(attributes: unknown, path: string): unknown {
  let cur: unknown = attributes;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !Object.hasOwn(cur, part)) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Strings order by Unicode code point: the order PostgreSQL's "C" collation gives UTF-8 text. */
export function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a, (ch) => ch.codePointAt(0) ?? 0);
  const y = Array.from(b, (ch) => ch.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/**
 * Case folding for `contains`: ASCII letters only, so every server folds exactly alike, whatever
 * its locale ("ZÜRICH" contains "zÜr" but not "zür").
 */
export function foldAscii(s: string): string {
  return s.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
}

/**
 * The ISO 8601 instants the day operators understand: a date (midnight UTC), or a date and time
 * with an optional Z or ±hh:mm offset (none means UTC). Anything else is not a date.
 */
export const ISO_INSTANT =
  /^([1-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(?:T([01][0-9]|2[0-3]):([0-5][0-9])(?::([0-5][0-9])(?:\.([0-9]{1,9}))?)?(Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])?)?$/;

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

// The last text parsed and its instant: evaluating one contact reads the same date attribute for
// its stored instants, for every segment that tests it and for its next time edge, so each
// contact's dates are parsed once rather than once per reading (docs/decisions/024-random-ids-and-the-import.md).
let lastText: string | undefined;
let lastInstant: number | null = null;

/** Epoch milliseconds of an ISO instant (digits past milliseconds are cut off), or null. */
export function parseIsoInstant(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  if (value === lastText) return lastInstant;
  lastInstant = parseText(value);
  lastText = value;
  return lastInstant;
}

function parseText(value: string): number | null {
  const m = ISO_INSTANT.exec(value);
  if (!m) return null;
  const num = (i: number) => Number(m[i] ?? 0);
  const day = Date.UTC(num(1), num(2) - 1, num(3));
  if (new Date(day).getUTCDate() !== num(3)) return null; // 2026-02-30 is no date
  const ms = Number((m[7] ?? '').slice(0, 3).padEnd(3, '0'));
  const zone = m[8];
  const offset =
    !zone || zone === 'Z'
      ? 0
      : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * HOUR_MS + Number(zone.slice(4, 6)) * MINUTE_MS);
  return day + num(4) * HOUR_MS + num(5) * MINUTE_MS + num(6) * 1000 + ms - offset;
}

// One segment of an attribute path (AttrPath in criteria.ts): a key no path can name is skipped.
const PATH_PART = /^[A-Za-z_][\w-]*$/;

/**
 * Every ISO instant among the attributes, by the dotted path that reaches it (objects only, as
 * readAttr walks them), in epoch milliseconds: what the server stores beside a contact's
 * attributes so that evaluation reads dates without parsing them
 * (docs/decisions/023-approval-without-parsing.md). Path parts hold no dots, so a joined path
 * names one place.
 */
export function instantsOf(attributes: unknown): Record<string, number> {
  const found: [string, number][] = [];
  const walk = (value: unknown, prefix: string) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    for (const key of Object.keys(value)) {
      if (!PATH_PART.test(key)) continue;
      const path = prefix === '' ? key : `${prefix}.${key}`;
      const child = (value as Record<string, unknown>)[key];
      if (typeof child === 'string') {
        const ms = parseIsoInstant(child);
        if (ms !== null) found.push([path, ms]);
      } else walk(child, path);
    }
  };
  walk(attributes, '');
  // fromEntries defines own properties, so a "__proto__" key stays a key.
  return Object.fromEntries(found);
}
