import { roleMay } from '#domain/permissions';
import type { Role } from '#domain/roles';
import { PAGES, type Page, type PagePath } from './pages';

// Apart from the page list (pages.ts), which the router reads at start: the permission table loads
// with the signed-in frame, not before the sign-in page.

export const mayOpen = (roles: readonly Role[], page: Page): boolean =>
  !page.anyOf || page.anyOf.some((p) => roleMay(roles, p));

export type NavItem = { to: PagePath; label: string };

/** Navigation in the fixed order of the product; an item shows only when the role may open it. */
export function navFor(roles: readonly Role[]): NavItem[] {
  return (PAGES as readonly (Page & { path: PagePath })[]).flatMap((page) =>
    page.label && mayOpen(roles, page) ? [{ to: page.path, label: page.label }] : [],
  );
}
