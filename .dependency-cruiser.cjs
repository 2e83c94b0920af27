/**
 * The boundaries between layers and features (docs/architecture.md, "Boundaries").
 * `npm run lint` runs this; test/server/boundaries.test.ts plants each kind of forbidden import.
 */
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
      name: 'server-core-not-features',
      comment: 'The server core serves features; it never imports one.',
      severity: 'error',
      from: { path: '^server/(core|db|http|lib|auth)/' },
      to: { path: '^server/features/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|data)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
  },
};
