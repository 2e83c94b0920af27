import fc from 'fast-check';
import { hostileJson, hostileKey, hostileNumber, hostileString, wrongType } from './hostile';

/** The parts of JSON Schema (as the OpenAPI document writes it) that the generator understands. */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  nullable?: boolean;
};

export type Pools = {
  /** Ids of real objects, so that a generated body can reach past "not found". */
  uuids: string[];
  /** Keys of real segments. */
  segmentKeys: string[];
};

export type GenOptions = {
  /** Resolves `#/components/schemas/…`. */
  components: Record<string, JsonSchema>;
  pools: Pools;
  /** Weight of a hostile value against 10 for a valid one, at every leaf. */
  hostility: number;
};

const MAX_DEPTH = 6;

/**
 * Values for a JSON Schema: mostly what it asks for, with hostile values mixed in at every leaf at
 * the given weight (0 gives bodies meant to pass validation, as far as the schema says).
 */
export function arbitraryFor(schema: JsonSchema, options: GenOptions, depth = 0): fc.Arbitrary<unknown> {
  const valid = validFor(schema, options, depth);
  if (options.hostility === 0) return valid;
  const hostile = schema.type === 'number' || schema.type === 'integer' ? hostileNumber : hostileString;
  return fc.oneof(
    { weight: 10, arbitrary: valid },
    { weight: options.hostility, arbitrary: hostile as fc.Arbitrary<unknown> },
    { weight: Math.ceil(options.hostility / 2), arbitrary: wrongType },
  );
}

function validFor(schema: JsonSchema, options: GenOptions, depth: number): fc.Arbitrary<unknown> {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = options.components[name];
    if (!target) throw new Error(`unknown $ref ${schema.$ref}`);
    return arbitraryFor(target, options, depth + 1);
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) {
    // Past the depth limit only leaves are offered, so recursive schemas (criteria) end.
    const usable = depth < MAX_DEPTH ? choices : choices.filter((c) => !c.$ref && c.type !== 'object');
    return fc.oneof(...(usable.length ? usable : choices.slice(-1)).map((c) => arbitraryFor(c, options, depth + 1)));
  }
  if (schema.allOf?.[0]) return arbitraryFor(schema.allOf[0], options, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
      return stringFor(schema, options);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const items = schema.items ? arbitraryFor(schema.items, options, depth + 1) : hostileJson;
      const min = schema.minItems ?? 0;
      const max = Math.min(schema.maxItems ?? 5, Math.max(min, 3));
      const list = fc.array(items, { minLength: min, maxLength: max });
      // One item too many, where that stays small.
      return schema.maxItems !== undefined && schema.maxItems <= 60 && options.hostility > 0
        ? fc.oneof(
            { weight: 10, arbitrary: list },
            fc.array(items, { minLength: schema.maxItems + 1, maxLength: schema.maxItems + 1 }),
          )
        : list;
    }
    case 'object':
      return objectFor(schema, options, depth);
    default:
      return options.hostility === 0 ? fc.jsonValue({ maxDepth: 2 }) : hostileJson;
  }
}

function objectFor(schema: JsonSchema, options: GenOptions, depth: number): fc.Arbitrary<unknown> {
  const props = schema.properties ?? {};
  if (Object.keys(props).length === 0) {
    if (schema.additionalProperties === false) return fc.constant({});
    const plain = fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), {
      maxKeys: 4,
    });
    return options.hostility === 0 ? plain : fc.oneof(plain, hostileJson);
  }
  const required = schema.required ?? [];
  const shape = Object.fromEntries(Object.entries(props).map(([k, s]) => [k, arbitraryFor(s, options, depth + 1)]));
  const record = fc.record(shape, { requiredKeys: required });
  if (options.hostility === 0) return record;
  // Now and then a required field is missing or an extra key (a bypass flag, __proto__) is added.
  return fc.tuple(record, fc.nat(20), hostileKey, fc.oneof(hostileString, wrongType)).map(([r, roll, key, value]) => {
    const out: Record<string, unknown> = { ...(r as Record<string, unknown>) };
    if (roll === 0 && required[0]) delete out[required[0]];
    if (roll === 1) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    return out;
  });
}

/** Strings for a schema; ids and segment keys come from the real ones only when no hostility is asked for. */
function stringFor(schema: JsonSchema, { pools, hostility }: GenOptions): fc.Arbitrary<string> {
  const real = (pool: string[], other: fc.Arbitrary<string>) =>
    pool.length === 0 ? other : hostility === 0 ? fc.constantFrom(...pool) : fc.oneof(fc.constantFrom(...pool), other);
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 200;
  const fits = (s: string) => s.length >= min && s.length <= max;
  switch (schema.format) {
    case 'uuid':
      return real(pools.uuids, fc.uuid());
    case 'email':
      return fc.emailAddress().filter(fits);
    case 'date':
      return day().map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return day().map((d) => d.toISOString());
  }
  if (schema.pattern) {
    if (schema.pattern.includes('[a-z0-9]+(-[a-z0-9]+)*'))
      return real(pools.segmentKeys, matching(schema.pattern, fits));
    return matching(schema.pattern, fits);
  }
  return fc.string({ minLength: min, maxLength: Math.min(max, Math.max(min, 40)), unit: 'grapheme' });
}

function matching(pattern: string, fits: (s: string) => boolean): fc.Arbitrary<string> {
  try {
    return fc.stringMatching(new RegExp(pattern, 'u')).filter(fits);
  } catch {
    return fc.string({ maxLength: 20 });
  }
}

/** Days around the test clock (2026), and some anywhere in the accepted years. */
const day = () =>
  fc.oneof(
    fc.date({ min: new Date('2026-06-01T00:00:00Z'), max: new Date('2027-01-31T00:00:00Z'), noInvalidDate: true }),
    fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
  );
