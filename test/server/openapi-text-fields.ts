import { PLAIN_TEXT_KEY } from '#domain/schemas/strings';

type JsonSchema = Record<string, unknown> & {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};
type OpenApiDoc = {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

/** A free-text string field of a request body: where it is, and the kind of plain text it declares, if any. */
export type TextField = { route: string; path: string; plainText: string | undefined };

const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/**
 * Every free-text string field of every JSON request body in the OpenAPI document: strings with
 * no enum, const, format or pattern, so text a person could type. Array elements are written `*`
 * in the path ("examples.*"). Derived from the document, so a new field is found without anyone
 * listing it.
 */
export function requestTextFields(doc: OpenApiDoc): TextField[] {
  const components = doc.components?.schemas ?? {};
  const resolve = (s: JsonSchema): JsonSchema => (s.$ref ? (components[s.$ref.split('/').pop() ?? ''] ?? {}) : s);
  const fields = new Map<string, TextField>();
  const walk = (route: string, schema: JsonSchema, path: string[], seen: Set<JsonSchema>) => {
    const s = resolve(schema);
    if (seen.has(s)) return;
    const inner = new Set(seen).add(s);
    for (const branch of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) walk(route, branch, path, inner);
    for (const [key, value] of Object.entries(s.properties ?? {})) walk(route, value, [...path, key], inner);
    if (s.items) walk(route, s.items, [...path, '*'], inner);
    const types = Array.isArray(s.type) ? s.type : [s.type];
    const free = types.includes('string') && !('enum' in s || 'const' in s || 'format' in s || 'pattern' in s);
    if (!free) return;
    const field = { route, path: path.join('.'), plainText: s[PLAIN_TEXT_KEY] as string | undefined };
    fields.set(`${route} ${field.path}`, field);
  };
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const body = operation.requestBody?.content?.['application/json']?.schema;
      if (WRITE_METHODS.has(method) && body) walk(`${method.toUpperCase()} ${path}`, body, [], new Set());
    }
  }
  return [...fields.values()];
}

/** `body` with the field at `path` set to `text` ("*" is the first element of an array). */
export function withText(body: Record<string, unknown>, path: string, text: string): Record<string, unknown> {
  const copy = structuredClone(body);
  const keys = path.split('.');
  let at: Record<string, unknown> | unknown[] = copy;
  keys.forEach((key, i) => {
    const last = i === keys.length - 1;
    const slot = key === '*' ? 0 : key;
    const holder = at as Record<string | number, unknown>;
    if (last) {
      holder[slot] = text;
      return;
    }
    holder[slot] ??= keys[i + 1] === '*' ? [] : {};
    at = holder[slot] as Record<string, unknown>;
  });
  return copy;
}
