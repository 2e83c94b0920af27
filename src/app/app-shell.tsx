import { useQueryClient } from '@tanstack/react-query';
import { type ComponentType, useEffect, useRef } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS } from '#domain/roles';
import { Button } from '#src/components/ui/button';
import { Loading } from '#src/components/ui/states';
import { useSession } from '#src/features/session/api/get-session';
import { useSignOut } from '#src/features/session/api/sign-out';
import { CurrentUserContext, useCurrentUser } from '#src/shared/current-user/use-current-user';
import { navFor } from '#src/shared/permissions/nav';
import type { Page } from '#src/shared/permissions/pages';
import { RequirePermission } from '#src/shared/permissions/require-permission';
import { useOwner } from '#src/shared/queries/get-owner';
import { sessionKeys } from '#src/shared/queries/session-keys';

/** The signed-in frame: skip link, header with the user and the named owner, navigation, main. */
export function AppShell() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading label="Opening Charter…" />;
  if (!session.data) {
    const next = `${location.pathname}${location.search}`;
    return <SignedOut to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} />;
  }
  return (
    <CurrentUserContext.Provider value={session.data}>
      <Frame />
    </CurrentUserContext.Provider>
  );
}

/**
 * Nobody signed in: off to the sign-in page, and the previous person's data leaves the cache. Only
 * here, once the signed-in pages are unmounted: a query removed under a mounted page is fetched
 * again, after the session ended, and fails with 401.
 */
function SignedOut({ to }: { to: string }) {
  const qc = useQueryClient();
  useEffect(() => {
    qc.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKeys.all[0] });
  }, [qc]);
  return <Navigate to={to} replace />;
}

function Frame() {
  const user = useCurrentUser();
  const owner = useOwner();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // Move focus to the new page's heading on navigation, so keyboard and screen-reader users land there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on path change only
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('[data-page-title]');
    (heading ?? mainRef.current)?.focus();
  }, [location.pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            C
          </span>
          Charter
        </div>
        <p className="owner-line">
          Segmentation owner: <strong>{owner.data ? owner.data.name : owner.isPending ? '…' : 'not assigned'}</strong>
        </p>
        <div className="user-menu">
          <span className="user-name">
            {user.name}
            <span className="user-roles">{user.roles.map((r) => ROLE_LABELS[r]).join(' · ')}</span>
          </span>
          <Button
            variant="ghost"
            busy={signOut.isPending}
            onClick={() => signOut.signOut(() => navigate('/sign-in', { replace: true }))}
          >
            Sign out
          </Button>
        </div>
      </header>
      <nav className="sidenav" aria-label="Main">
        <ul>
          {navFor(user.roles).map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.to === '/'}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1} className="content">
        <Outlet />
      </main>
    </div>
  );
}

/**
 * The page behind its permission gate, which explains a refusal before the server has to. Here,
 * with the frame every signed-in page loads, so the sign-in page does not carry the permission
 * table and no page waits for one more file.
 */
export function guarded(Component: ComponentType, { anyOf }: Page): ComponentType {
  if (!anyOf) return Component;
  return function GuardedPage() {
    return (
      <RequirePermission anyOf={anyOf}>
        <Component />
      </RequirePermission>
    );
  };
}
