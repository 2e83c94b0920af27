import { createCharterClient, type paths } from '#clients/typescript/client';

export type ApiIssue = { path: (string | number)[]; message: string };

/** One error shape for every failed call: status, the server's code, and field issues if any. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
  }
}

/**
 * The app's one API client, typed by the OpenAPI document (docs/architecture.md, "A typed
 * contract"): a call's path, parameters, body and response all come from the generated types.
 */
export const api = createCharterClient(new URL('/api', window.location.origin).href, {
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
  // Looked up on every call rather than captured once, so a fetch interceptor installed later sees it.
  fetch: (request) => globalThis.fetch(request),
});

type Reply = { data?: unknown; error?: unknown; response: Response };
/** What a successful call answers: its JSON body, or nothing for a 204. */
export type Data<R extends Reply> = Exclude<R['data'], undefined>;

/**
 * Awaits a call of `api` and gives its data. A failed call throws ApiError with the server's
 * `{code, message, issues}`; an unreachable server throws ApiError status 0. An aborted call
 * rethrows the abort, so a cancelled query stays quiet.
 */
export async function unwrap<R extends Reply>(call: Promise<R>): Promise<Data<R>> {
  let reply: R;
  try {
    reply = await call;
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'network', 'Charter could not be reached. Check your connection and try again.');
  }
  const { response } = reply;
  if (!response.ok) {
    const body = (typeof reply.error === 'object' ? reply.error : null) as {
      code?: string;
      message?: string;
      issues?: ApiIssue[];
    } | null;
    throw new ApiError(
      response.status,
      body?.code ?? 'unknown',
      body?.message ?? `The request failed (${response.status}).`,
      body?.issues ?? [],
    );
  }
  return reply.data as Data<R>;
}

export const isApiError = (e: unknown, status?: number): e is ApiError =>
  e instanceof ApiError && (status === undefined || e.status === status);

/** The server's issue about one top-level field of the request, when the error names it. */
export const fieldIssue = (e: unknown, field: string) =>
  isApiError(e) ? e.issues.find((i) => i.path[0] === field) : undefined;

type GetPath = {
  [P in keyof paths]: paths[P] extends { get: { parameters: { query?: unknown } } } ? P : never;
}[keyof paths];
/** The query parameters of a GET path, as the document names and types them. */
export type QueryOf<P extends GetPath> = NonNullable<paths[P]['get']['parameters']['query']>;
/** List filters as the address bar holds them: the document's names, any text (the server checks the values). */
export type SearchFilters<P extends GetPath> = { [K in keyof QueryOf<P>]?: string };

/** A filter left empty means "any": it is not sent at all. */
export const searchQuery = <P extends GetPath>(filters: SearchFilters<P>): QueryOf<P> =>
  Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== '')) as QueryOf<P>;

type PathParams<P extends GetPath> = NonNullable<paths[P]['get']['parameters']['path']>;

/**
 * The address of a GET the browser fetches itself, such as a file download through a link. The
 * path and its parameters are checked against the document like any other call.
 */
export function apiHref<P extends GetPath>(path: P, params: { path?: PathParams<P>; query?: QueryOf<P> } = {}): string {
  const vars = (params.path ?? {}) as Record<string, string>;
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(vars[name] ?? ''));
  const entries = Object.entries(params.query ?? {}).filter(([, v]) => v !== undefined && v !== '');
  const search = new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString();
  return `/api${filled}${search ? `?${search}` : ''}`;
}
