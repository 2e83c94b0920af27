import { html, raw } from 'hono/html';

type Operation = {
  summary?: string;
  tags?: string[];
  requestBody?: unknown;
  parameters?: unknown[];
  responses?: Record<string, { description?: string }>;
};
type Doc = { info: { title: string; version: string }; paths: Record<string, Record<string, Operation>> };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/**
 * A readable API reference rendered on the server from the same OpenAPI document, with no
 * scripts, so it works offline and under the strict CSP.
 */
export function renderDocsPage(doc: Doc) {
  const byTag = new Map<string, { method: string; path: string; op: Operation }[]>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const tag = op.tags?.[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method, path, op }]);
    }
  }
  const sections = [...byTag.entries()].map(
    ([tag, ops]) => html`<section>
      <h2 id="${slug(tag)}">${tag}</h2>
      ${ops.map(
        ({ method, path, op }) => html`<article>
          <h3><span class="m ${method}">${method.toUpperCase()}</span> <code>/api${path}</code></h3>
          <p>${op.summary ?? ''}</p>
          ${op.requestBody ? html`<details><summary>Request body</summary><pre>${json(op.requestBody)}</pre></details>` : ''}
          ${op.parameters?.length ? html`<details><summary>Parameters</summary><pre>${json(op.parameters)}</pre></details>` : ''}
          <ul>${Object.entries(op.responses ?? {}).map(([code, r]) => html`<li><b>${code}</b> ${r.description ?? ''}</li>`)}</ul>
        </article>`,
      )}
    </section>`,
  );
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${doc.info.title} API reference</title>
<style>${raw(STYLE)}</style></head>
<body><header><h1>${doc.info.title} API <small>${doc.info.version}</small></h1>
<p>JSON over HTTP under <code>/api</code>. Errors are <code>{code, message, issues?}</code>. Browsers use the session
cookie (writes must send a matching <code>Origin</code>); machine clients send <code>Authorization: Bearer &lt;token&gt;</code>.
The machine-readable document is <a href="/api/openapi.json">/api/openapi.json</a>.</p>
<nav aria-label="Sections">${[...byTag.keys()].map((t) => html`<a href="#${slug(t)}">${t}</a> `)}</nav></header>
<main>${sections}</main></body></html>`;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const json = (v: unknown) => JSON.stringify(v, null, 2);

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1.5rem;color:#1d2433;background:#fff}
@media (prefers-color-scheme: dark){body{color:#e6e9ef;background:#12151c}pre{background:#1c212b!important}a{color:#8ab4ff}}
h1 small{font-size:.9rem;color:#667}h2{margin-top:2rem;border-bottom:1px solid #ccd}
article{margin:1rem 0}h3{font-size:1rem;margin:.2rem 0}
.m{display:inline-block;min-width:4.2rem;text-align:center;border-radius:4px;padding:0 .3rem;font-size:.8rem;color:#fff;background:#555}
.get{background:#2f6f4f}.post{background:#2c5c9a}.patch,.put{background:#8a5a00}.delete{background:#9a2c2c}
pre{background:#f3f5f9;padding:.75rem;overflow:auto;font-size:.8rem}nav a{margin-right:.75rem}`;
