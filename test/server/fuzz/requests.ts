import fc from 'fast-check';
import type { FuzzWorld, Operation, Principal } from './fuzz-harness';
import { bodyText, DEEP, hostileString, urlText } from './hostile';
import { arbitraryFor, type GenOptions } from './schema-arbitrary';

/** A value for a URL, or bytes already percent-encoded (invalid UTF-8, a lone %). */
type UrlValue = string | { raw: string };

/** One generated request for an operation; the principal is chosen when it is sent. */
export type FuzzCase = {
  params: Record<string, UrlValue>;
  query: [string, UrlValue][];
  headers: Record<string, string>;
  body?: unknown;
  /** Which principal to try first. */
  first: number;
};

const rawUrl = fc.constantFrom('%', '%ZZ', '%C0%80', '%FF%FE', '%ED%A0%80', '%00', '..%2F..%2F', '%2e%2e');

const urlValue = (arb: fc.Arbitrary<unknown>, hostility: number): fc.Arbitrary<UrlValue> =>
  fc.oneof(
    { weight: 10, arbitrary: arb.map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))) },
    { weight: hostility, arbitrary: rawUrl.map((raw) => ({ raw })) },
  );

/** Requests for one operation: path, query and header parameters and a body, per its schemas. */
export function casesFor(op: Operation, world: FuzzWorld, hostility: number): fc.Arbitrary<FuzzCase> {
  const gen: GenOptions = { components: world.doc.components.schemas, pools: world.pools, hostility };
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const headerParams = op.parameters.filter((p) => p.in === 'header');
  const params = fc.record(
    Object.fromEntries(pathParams.map((p) => [p.name, urlValue(arbitraryFor(p.schema, gen), hostility)])),
  );
  const known = queryParams.map((p) => {
    const pair = urlValue(arbitraryFor(p.schema, gen), hostility).map((v): [string, UrlValue] => [p.name, v]);
    return p.required ? pair : fc.option(pair, { nil: undefined });
  });
  // Now and then a parameter the route does not know, or one of its own given twice.
  const stray = fc.tuple(
    fc.oneof(hostileString, fc.constantFrom(...queryParams.map((p) => p.name), 'unknown')),
    urlValue(hostileString, hostility),
  );
  const extra =
    hostility > 0
      ? fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: stray })
      : fc.constant(undefined);
  const query = fc.tuple(fc.tuple(...known), extra).map(([ks, x]) => [...ks, x].filter((q) => q !== undefined));
  const headers = fc.record(
    Object.fromEntries(
      headerParams.map((p) => [p.name, fc.oneof(fc.stringMatching(/^[\x21-\x7e]{1,40}$/), fc.uuid())]),
    ),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, string>>;
  const body = op.body ? arbitraryFor(op.body, gen) : fc.constant(undefined);
  return fc.record({ params, query, headers, body, first: fc.nat(world.principals.length - 1) });
}

/** Percent-encodes as a browser would, lone surrogates included (as their WTF-8 bytes). */
export function encodeUrlValue(value: UrlValue): string {
  if (typeof value !== 'string') return value.raw;
  const text = urlText(value);
  // The whole value at once unless it holds a lone surrogate, which encodeURIComponent refuses:
  // the same bytes as one character at a time, without a megabyte's worth of string appends.
  try {
    return encodeURIComponent(text);
  } catch {
    // encoded one character at a time below
  }
  let out = '';
  for (const ch of text) {
    try {
      out += encodeURIComponent(ch);
    } catch {
      const unit = ch.charCodeAt(0);
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    }
  }
  return out;
}

export function urlOf(op: Operation, c: FuzzCase): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeUrlValue(c.params[name] ?? ''));
  const query = c.query.map(([k, v]) => `${encodeUrlValue(k)}=${encodeUrlValue(v)}`).join('&');
  return `/api${path}${query ? `?${query}` : ''}`;
}

export async function send(world: FuzzWorld, op: Operation, c: FuzzCase, principal: Principal): Promise<Response> {
  const hasBody = c.body !== undefined && op.method !== 'GET';
  return world.t.request(urlOf(op, c), {
    method: op.method,
    headers: {
      ...c.headers,
      ...principal.headers,
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
    },
    body: hasBody ? bodyText(c.body) : undefined,
  });
}

/** Values every parameter and every text field of a body is tried with, one at a time. */
export const SWEEP_VALUES = ['\u0000', 'x\uD800', '__proto__', 'constructor'] as const;
const SWEEP_DATES: Record<string, string[]> = {
  date: ['0000-01-01', '9999-12-31'],
  'date-time': ['0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z'],
};

type Path = (string | number)[];

/** Paths to the strings and the objects in a JSON value (the first item of an array stands for the rest). */
function nodesOf(value: unknown): { strings: Path[]; objects: Path[] } {
  const out = { strings: [] as Path[], objects: [] as Path[] };
  const stack: [unknown, Path][] = [[value, []]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [v, path] = item;
    if (typeof v === 'string') out.strings.push(path);
    else if (Array.isArray(v)) {
      if (v.length) stack.push([v[0], [...path, 0]]);
    } else if (v !== null && typeof v === 'object') {
      out.objects.push(path);
      for (const [k, child] of Object.entries(v)) stack.push([child, [...path, k]]);
    }
  }
  return out;
}

const at = (value: unknown, path: Path) =>
  path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);

/** The object at `path` with one more key (defined, so that `__proto__` is a key like any other). */
function withKey(value: unknown, path: Path, key: string, leaf: unknown): unknown {
  const target = { ...(at(value, path) as object) };
  Object.defineProperty(target, key, { value: leaf, enumerable: true, writable: true, configurable: true });
  return withLeaf(value, path, target);
}

function withLeaf(value: unknown, path: Path, leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path as [string | number, ...Path];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = withLeaf(copy[head], rest, leaf);
  return copy;
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
/** Cursors are opaque, so random strings rarely decode: these look like each list's own, gone wrong. */
const SWEEP_CURSORS = [
  b64(['0000-01-01T00:00:00Z', 'a']),
  b64(['+275760-09-13T00:00:00Z', 'a']),
  b64(['2026-01-01T00:00:00Z', 'a\u0000']),
  b64(['2026-01-01T00:00:00Z', 12]),
  '999999999999999_999999999999999999_999999999',
  '99999999999999999999',
  '-1',
];

/** Which sweep values a parameter gets: out-of-range dates for dates, broken cursors for cursors. */
function sweepValuesFor(format: string | undefined, name = ''): string[] {
  return [...SWEEP_VALUES, ...(format ? (SWEEP_DATES[format] ?? []) : []), ...(name === 'cursor' ? SWEEP_CURSORS : [])];
}

/**
 * One request per parameter or body text field and sweep value, the others left as `base` has
 * them: every field meets every value at least once, whatever the random cases happen to draw.
 */
export function sweepCases(op: Operation, base: FuzzCase): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (const p of op.parameters.filter((q) => q.in !== 'header')) {
    for (const v of sweepValuesFor(p.schema.format, p.name)) {
      if (p.in === 'path') cases.push({ ...base, params: { ...base.params, [p.name]: v } });
      else cases.push({ ...base, query: [...base.query.filter(([k]) => k !== p.name), [p.name, v]] });
    }
  }
  const nodes = nodesOf(base.body);
  for (const path of nodes.objects) {
    for (const key of SWEEP_VALUES) cases.push({ ...base, body: withKey(base.body, path, key, 'x') });
    // Nested too deep for anything that recurses: as an unknown key, and as a bypass flag's value.
    cases.push({ ...base, body: withKey(base.body, path, 'deep', DEEP) });
    cases.push({ ...base, body: withKey(base.body, path, 'force', DEEP) });
  }
  for (const path of nodes.strings) {
    const original = at(base.body, path);
    const format =
      typeof original === 'string' && /^\d{4}-\d\d-\d\d(T|$)/.test(original)
        ? original.includes('T')
          ? 'date-time'
          : 'date'
        : undefined;
    for (const v of sweepValuesFor(format)) cases.push({ ...base, body: withLeaf(base.body, path, v) });
  }
  return cases;
}
