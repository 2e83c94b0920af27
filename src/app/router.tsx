import { createBrowserRouter, type RouteObject } from 'react-router';
import { Loading } from '../components/ui/states';
import { AppShell } from './app-shell';
import { RouteError } from './route-error';

/** Route modules load lazily so each page ships only its own code. */
export const routes: RouteObject[] = [
  { path: '/sign-in', lazy: () => import('../features/session/sign-in-page').then((m) => ({ Component: m.default })) },
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    HydrateFallback: () => <Loading />,
    children: [
      { index: true, lazy: () => import('../features/home/home-page').then((m) => ({ Component: m.default })) },
      { path: 'people', lazy: () => import('../features/people/people-page').then((m) => ({ Component: m.default })) },
      { path: 'audit', lazy: () => import('../features/audit/audit-page').then((m) => ({ Component: m.default })) },
      { path: '*', lazy: () => import('./not-found-page').then((m) => ({ Component: m.default })) },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
