import createClient, { type ClientOptions } from 'openapi-fetch';
import type { paths } from './schema';

export type { components, paths } from './schema';

export type CharterClientOptions = Omit<ClientOptions, 'baseUrl'> & {
  /** An API token, sent as `Authorization: Bearer …`; browsers use their session cookie instead. */
  token?: string;
};

/**
 * A typed client for the Charter API (docs/architecture.md, "A typed contract"). Every path,
 * parameter, body and response type comes from the OpenAPI document, so a renamed field or path
 * fails the caller's typecheck. `baseUrl` is where the API is mounted: the document's server
 * (`/api`) on the app's origin, e.g. `https://charter.example.com/api`.
 */
export function createCharterClient(baseUrl: string, { token, ...options }: CharterClientOptions = {}) {
  const client = createClient<paths>({ ...options, baseUrl });
  if (token) {
    client.use({
      onRequest: ({ request }) => {
        request.headers.set('authorization', `Bearer ${token}`);
        return request;
      },
    });
  }
  return client;
}

export type CharterClient = ReturnType<typeof createCharterClient>;
