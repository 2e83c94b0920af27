import type { PagePath } from '#src/shared/permissions/pages';

/**
 * Each route's page file, for the build: it lists what each route loads so the server can name
 * those files in the page it sends (scripts/page-preloads.ts, docs/architecture.md, "Loading").
 * The router's own table (`PAGE_MODULES` in router.tsx) loads the same files; `router.test.tsx`
 * holds the two together. Plain data that `vite.config.ts` can read; never imported by the app.
 */
export const PAGE_SOURCES: Record<PagePath, string> = {
  '/': 'src/features/home/home-page.tsx',
  '/segments': 'src/features/segments/segments-page.tsx',
  '/segments/import': 'src/features/segments/import-page.tsx',
  '/segments/:key': 'src/features/segments/segment-page.tsx',
  '/proposals': 'src/features/proposals/proposals-page.tsx',
  '/proposals/:id': 'src/features/proposals/proposal-page.tsx',
  '/exceptions': 'src/features/exceptions/exceptions-page.tsx',
  '/exceptions/new': 'src/features/exceptions/new-exception-page.tsx',
  '/exceptions/:id': 'src/features/exceptions/exception-detail-page.tsx',
  '/review': 'src/features/review/review-page.tsx',
  '/review/:month': 'src/features/review/review-page.tsx',
  '/checklist': 'src/features/instruments/checklist-page.tsx',
  '/diagnostic': 'src/features/instruments/diagnostic-page.tsx',
  '/diagnostic/:id': 'src/features/instruments/diagnostic-report-page.tsx',
  '/glossary': 'src/features/glossary/glossary-page.tsx',
  '/attributes': 'src/features/attributes/attributes-page.tsx',
  '/campaigns': 'src/features/campaigns/campaigns-page.tsx',
  '/campaigns/:id': 'src/features/campaigns/campaign-page.tsx',
  '/workflows': 'src/features/workflows/workflows-page.tsx',
  '/workflows/matrix': 'src/features/workflows/matrix-page.tsx',
  '/workflows/gaps': 'src/features/workflows/gaps-page.tsx',
  // Its own chunk with the graph layout library: no other page loads it.
  '/workflows/journey': 'src/features/workflows/journey-page.tsx',
  '/workflows/import': 'src/features/workflows/import-page.tsx',
  '/workflows/:id': 'src/features/workflows/workflow-page.tsx',
  '/learning': 'src/features/firewall/learning-page.tsx',
  '/firewall': 'src/features/firewall/firewall-page.tsx',
  '/firewall/settings/proposals/:id': 'src/features/firewall/setting-proposal-page.tsx',
  '/people': 'src/features/people/people-page.tsx',
  '/webhooks': 'src/features/webhooks/webhooks-page.tsx',
  '/backlog': 'src/features/backlog/backlog-page.tsx',
  '/audit': 'src/features/audit/audit-page.tsx',
};

/** The signed-in frame every page above is shown in, and the one page outside it. */
export const SHELL_SOURCE = 'src/app/app-shell.tsx';
export const SIGN_IN = { path: '/sign-in', source: 'src/features/session/sign-in-page.tsx' } as const;
