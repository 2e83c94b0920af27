import { z } from 'zod';

const EXAMPLE = 'such as https://charter.example.com';

/**
 * PUBLIC_URL: the address people type when Charter runs behind a proxy that ends TLS. It is
 * read as an origin (scheme, host, port): sign-in cookies are `Secure` when it is https, and
 * browser writes must come from exactly that origin (docs/operations.md, "Behind a proxy").
 */
export const publicUrl = z.string().transform((value, ctx) => {
  const fail = (message: string) => {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  if (value.trim() !== value || !URL.canParse(value)) return fail(`must be an http:// or https:// URL, ${EXAMPLE}`);
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return fail(`must start with https:// (or http://), ${EXAMPLE}`);
  if (url.username || url.password) return fail('must not contain a user name or password');
  if (url.pathname !== '/' || url.search || url.hash) {
    return fail(`must be the address of the site only, without a path, query or fragment, ${EXAMPLE}`);
  }
  return url.origin;
});
