import type { ComponentType } from 'react';
import { createBrowserRouter, createHashRouter, type RouteObject } from 'react-router';
import { Loading } from '#src/components/ui/states';
import { PAGES, type Page, type PagePath } from '#src/shared/permissions/pages';
import { RouteError } from './route-error';

type PageModule = { default: ComponentType };

/**
 * Each page's module, loaded lazily so a page ships only its own code. Keyed by the paths in
 * PAGES, so a page declared without a module (or the other way round) fails the typecheck. The
 * build's list of what each route loads names the same files (`page-sources.ts`, which
 * `router.test.tsx` holds to this table); written out here so the entry carries no list of names.
 */
export const PAGE_MODULES: Record<PagePath, () => Promise<PageModule>> = {
  '/': () => import('#src/features/home/home-page'),
  '/segments': () => import('#src/features/segments/segments-page'),
  '/segments/import': () => import('#src/features/segments/import-page'),
  '/segments/:key': () => import('#src/features/segments/segment-page'),
  '/proposals': () => import('#src/features/proposals/proposals-page'),
  '/proposals/:id': () => import('#src/features/proposals/proposal-page'),
  '/exceptions': () => import('#src/features/exceptions/exceptions-page'),
  '/exceptions/new': () => import('#src/features/exceptions/new-exception-page'),
  '/exceptions/:id': () => import('#src/features/exceptions/exception-detail-page'),
  '/review': () => import('#src/features/review/review-page'),
  '/review/:month': () => import('#src/features/review/review-page'),
  '/checklist': () => import('#src/features/instruments/checklist-page'),
  '/diagnostic': () => import('#src/features/instruments/diagnostic-page'),
  '/diagnostic/:id': () => import('#src/features/instruments/diagnostic-report-page'),
  '/glossary': () => import('#src/features/glossary/glossary-page'),
  '/attributes': () => import('#src/features/attributes/attributes-page'),
  '/campaigns': () => import('#src/features/campaigns/campaigns-page'),
  '/campaigns/:id': () => import('#src/features/campaigns/campaign-page'),
  '/workflows': () => import('#src/features/workflows/workflows-page'),
  '/workflows/matrix': () => import('#src/features/workflows/matrix-page'),
  '/workflows/gaps': () => import('#src/features/workflows/gaps-page'),
  // Its own chunk with the graph layout library: no other page loads it.
  '/workflows/journey': () => import('#src/features/workflows/journey-page'),
  '/workflows/import': () => import('#src/features/workflows/import-page'),
  '/workflows/:id': () => import('#src/features/workflows/workflow-page'),
  '/learning': () => import('#src/features/firewall/learning-page'),
  '/firewall': () => import('#src/features/firewall/firewall-page'),
  '/firewall/settings/proposals/:id': () => import('#src/features/firewall/setting-proposal-page'),
  '/people': () => import('#src/features/people/people-page'),
  '/webhooks': () => import('#src/features/webhooks/webhooks-page'),
  '/backlog': () => import('#src/features/backlog/backlog-page'),
  '/audit': () => import('#src/features/audit/audit-page'),
};

const pageRoute = (page: Page & { path: PagePath }): RouteObject => ({
  ...(page.path === '/' ? { index: true } : { path: page.path.slice(1) }),
  // The page and the shell with its gate load together: no request waits for another.
  lazy: () =>
    Promise.all([PAGE_MODULES[page.path](), import('./app-shell')]).then(([m, shell]) => ({
      Component: shell.guarded(m.default, page),
    })),
});

export const routes: RouteObject[] = [
  {
    path: '/sign-in',
    lazy: () => import('#src/features/session/sign-in-page').then((m) => ({ Component: m.default })),
  },
  {
    path: '/',
    // The signed-in frame is its own chunk: the sign-in page, the first page most visits meet,
    // loads only the router and its own form (docs/architecture.md, "Loading").
    lazy: () => import('./app-shell').then((m) => ({ Component: m.AppShell })),
    errorElement: <RouteError />,
    HydrateFallback: () => <Loading />,
    children: [
      ...PAGES.map(pageRoute),
      { path: '*', lazy: () => import('./not-found-page').then((m) => ({ Component: m.default })) },
    ],
  },
];

// The static demo build (docs/decisions/018) keeps the route after `#`: any static server serves
// its one page at every address. The production build folds this to the browser router.
export const createRouter = () =>
  import.meta.env.MODE === 'demo' ? createHashRouter(routes) : createBrowserRouter(routes);
