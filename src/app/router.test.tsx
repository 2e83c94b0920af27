import { render, screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { ROLE_LABELS, ROLES, type Role } from '#domain/roles';
import type { SessionUser } from '#domain/schemas/session';
import { CurrentUserContext } from '#src/shared/current-user/use-current-user';
import { mayOpen } from '#src/shared/permissions/nav';
import { PAGES, type PagePath } from '#src/shared/permissions/pages';
import { PAGE_SOURCES, SHELL_SOURCE, SIGN_IN } from './page-sources';
import { PAGE_MODULES, routes } from './router';

const userWith = (role: Role): SessionUser => ({
  id: '00000000-0000-4000-8000-000000000000',
  email: `${role}@example.com`,
  name: `A ${ROLE_LABELS[role]}`,
  team: 'Lifecycle',
  roles: [role],
  startedAt: '2026-01-01T00:00:00Z',
  onboardingUntil: '2026-01-31T00:00:00Z',
});

const pageRoutes = routes.find((r) => r.path === '/')?.children ?? [];

async function componentAt(path: string): Promise<ComponentType> {
  const route = pageRoutes.find((r) => (path === '/' ? r.index : r.path === path.slice(1)));
  if (!route || typeof route.lazy !== 'function') throw new Error(`no lazy route for ${path}`);
  const loaded = (await route.lazy()) as { Component: ComponentType };
  return loaded.Component;
}

describe('routes from the page declarations', () => {
  it('has one route for every declared page, and nothing else but the not-found page', () => {
    const declared = PAGES.map((p) => (p.path === '/' ? '(index)' : p.path.slice(1)));
    expect(pageRoutes.map((r) => (r.index ? '(index)' : r.path))).toEqual([...declared, '*']);
  });

  it('puts each page behind its gate: every role the declaration leaves out is told why', async () => {
    let refused = 0;
    for (const page of PAGES) {
      const Page = await componentAt(page.path);
      for (const role of ROLES.filter((r) => !mayOpen([r], page))) {
        const { unmount } = render(
          <CurrentUserContext.Provider value={userWith(role)}>
            <Page />
          </CurrentUserContext.Provider>,
        );
        expect(screen.getByRole('heading', { name: 'This page is not part of your role' }), page.path).toBeVisible();
        unmount();
        refused++;
      }
    }
    // Marketers may not open the firewall, people or audit pages, viewers may not import contacts, …
    expect(refused).toBeGreaterThan(5);
  });
});

describe('the build’s list of page files (src/app/page-sources.ts)', () => {
  it('names, for every route, the module the router loads, and the sign-in page’s', async () => {
    for (const [path, source] of Object.entries(PAGE_SOURCES)) {
      const listed = await import(/* @vite-ignore */ `../../${source}`);
      expect(await PAGE_MODULES[path as PagePath](), path).toBe(listed);
    }
    const signIn = routes.find((r) => r.path === SIGN_IN.path);
    if (typeof signIn?.lazy !== 'function') throw new Error('no lazy sign-in route');
    const loaded = ((await signIn.lazy()) as { Component: unknown }).Component;
    expect(loaded).toBe((await import(/* @vite-ignore */ `../../${SIGN_IN.source}`)).default);
    // The frame every page route loads beside its page (pageRoute in router.tsx).
    expect(await import(/* @vite-ignore */ `../../${SHELL_SOURCE}`)).toBe(await import('./app-shell'));
  });
});
