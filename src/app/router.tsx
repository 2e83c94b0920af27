import { createBrowserRouter, type RouteObject } from 'react-router';
import { Loading } from '#src/components/ui/states';
import { AppShell } from './app-shell';
import { RouteError } from './route-error';

/** Route modules load lazily so each page ships only its own code. */
export const routes: RouteObject[] = [
  {
    path: '/sign-in',
    lazy: () => import('#src/features/session/sign-in-page').then((m) => ({ Component: m.default })),
  },
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    HydrateFallback: () => <Loading />,
    children: [
      { index: true, lazy: () => import('#src/features/home/home-page').then((m) => ({ Component: m.default })) },
      {
        path: 'segments',
        lazy: () => import('#src/features/segments/segments-page').then((m) => ({ Component: m.default })),
      },
      {
        path: 'segments/import',
        lazy: () => import('#src/features/segments/import-page').then((m) => ({ Component: m.default })),
      },
      {
        path: 'segments/:key',
        lazy: () => import('#src/features/segments/segment-page').then((m) => ({ Component: m.default })),
      },
      {
        path: 'proposals',
        lazy: () => import('#src/features/proposals/proposals-page').then((m) => ({ Component: m.default })),
      },
      {
        path: 'proposals/:id',
        lazy: () => import('#src/features/proposals/proposal-page').then((m) => ({ Component: m.default })),
      },
      {
        path: 'exceptions',
        lazy: () => import('#src/features/exceptions/exceptions-page').then((m) => ({ Component: m.default })),
      },
      {
        path: 'exceptions/new',
        lazy: () => import('#src/features/exceptions/new-exception-page').then((m) => ({ Component: m.default })),
      },
      {
        path: 'exceptions/:id',
        lazy: () => import('#src/features/exceptions/exception-detail-page').then((m) => ({ Component: m.default })),
      },
      {
        path: 'review',
        lazy: () => import('#src/features/review/review-page').then((m) => ({ Component: m.default })),
      },
      {
        path: 'review/:month',
        lazy: () => import('#src/features/review/review-page').then((m) => ({ Component: m.default })),
      },
      {
        path: 'glossary',
        lazy: () => import('#src/features/glossary/glossary-page').then((m) => ({ Component: m.default })),
      },
      {
        path: 'campaigns',
        lazy: () => import('#src/features/campaigns/campaigns-page').then((m) => ({ Component: m.default })),
      },
      {
        path: 'campaigns/:id',
        lazy: () => import('#src/features/campaigns/campaign-page').then((m) => ({ Component: m.default })),
      },
      {
        path: 'learning',
        lazy: () => import('#src/features/firewall/learning-page').then((m) => ({ Component: m.default })),
      },
      {
        path: 'firewall',
        lazy: () => import('#src/features/firewall/firewall-page').then((m) => ({ Component: m.default })),
      },
      {
        path: 'people',
        lazy: () => import('#src/features/people/people-page').then((m) => ({ Component: m.default })),
      },
      { path: 'audit', lazy: () => import('#src/features/audit/audit-page').then((m) => ({ Component: m.default })) },
      { path: '*', lazy: () => import('./not-found-page').then((m) => ({ Component: m.default })) },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
