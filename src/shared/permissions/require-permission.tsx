import type { ReactNode } from 'react';
import { PERMISSIONS, type Permission, roleMay } from '#domain/permissions';
import { ROLE_LABELS } from '#domain/roles';
import { PageHeader } from '#src/components/ui/page-header';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';

/** Explains a 403 before the server has to: which roles may use this page. */
export function RequirePermission({ anyOf, children }: { anyOf: readonly Permission[]; children: ReactNode }) {
  const user = useCurrentUser();
  if (anyOf.some((p) => roleMay(user.roles, p))) return <>{children}</>;
  const roles = [...new Set(anyOf.flatMap((p) => PERMISSIONS[p].roles))].map((r) => ROLE_LABELS[r]);
  return <Forbidden allowed={roles} />;
}

export function Forbidden({ allowed }: { allowed?: string[] }) {
  return (
    <section aria-labelledby="forbidden-title">
      <PageHeader title="This page is not part of your role" />
      <p id="forbidden-title">
        Charter keeps duties separate, so each role sees the work it is responsible for.
        {allowed?.length ? ` This page is for: ${allowed.join(', ')}.` : ''}
      </p>
      <p>If you need it for your work, ask an admin to review your roles.</p>
    </section>
  );
}
