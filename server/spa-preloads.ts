import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

type PagePreload = { js: string[]; css: string[] };

/**
 * The page the server sends for a route names what that route will load (the build's list,
 * scripts/page-preloads.ts) and who is signed in, so the browser fetches them alongside the
 * entry's scripts instead of after they have run (docs/decisions/027-what-a-page-names-first.md).
 * Returns the page for a request path; without a list (an older or a test build) every route gets
 * the page as built, with the sign-in question alone.
 */
export function pageForPath(distDir: string, indexHtml: string): (requestPath: string) => string {
  const file = path.join(distDir, '.vite', 'page-preloads.json');
  const list = readList(file);
  // Whoever is signed in is the first thing every page asks; the app's own request takes this answer.
  const session = '<link rel="preload" as="fetch" crossorigin href="/api/session">';
  const withLinks = (links: string[]) =>
    indexHtml.replace('</head>', `${links.map((l) => `  ${l}\n`).join('')}  </head>`);
  const plain = withLinks([session]);
  // Static segments before parameters, as the router prefers them: /segments/import, not /segments/:key.
  const routes = Object.entries(list)
    .map(([route, p]) => ({
      segments: route.toLowerCase().split('/').filter(Boolean),
      html: withLinks([
        ...p.js.map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`),
        ...p.css.map((f) => `<link rel="preload" as="style" crossorigin href="/${f}">`),
        session,
      ]),
    }))
    .sort((a, b) => params(a.segments) - params(b.segments));
  return (requestPath) => {
    // Without regard to case, as the router matches.
    const parts = requestPath.toLowerCase().split('/').filter(Boolean);
    const route = routes.find(
      (r) => r.segments.length === parts.length && r.segments.every((s, i) => s.startsWith(':') || s === parts[i]),
    );
    return route?.html ?? plain;
  };
}

/** The build's list; a missing or unreadable one (an older build, a truncated file) is no list. */
function readList(file: string): Record<string, PagePreload> {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, PagePreload>;
  } catch (err) {
    console.warn(
      `Ignoring ${file}, which could not be read (${(err as Error).message}): pages go out without their preloads.`,
    );
    return {};
  }
}

const params = (segments: string[]) => segments.filter((s) => s.startsWith(':')).length;
