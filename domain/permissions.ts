import type { Role } from './roles';
import type { TokenScope } from './schemas/tokens';

export type PermissionRule = { roles: readonly Role[]; scope?: TokenScope };

const EVERYONE: readonly Role[] = ['owner', 'operations', 'marketer', 'viewer', 'admin'];

/**
 * Authorisation as data: which roles (people) and which token scope (machines) may do each thing.
 * The server enforces this table; the app reads it only to explain and to hide what a role can't use.
 */
export const PERMISSIONS = {
  'workspace.read': { roles: EVERYONE, scope: 'read' },
  'users.read': { roles: EVERYONE, scope: 'read' },
  'users.manage': { roles: ['admin'] },
  /** Confirming a role grant or a start date; the service narrows it per kind (docs/rules.md, "No stand-ins"). */
  'users.confirm': { roles: ['owner', 'admin', 'operations'] },
  'tokens.manage': { roles: ['operations', 'admin'] },
  /**
   * Webhook endpoints hold secrets and decide where events leave Charter: managed by admin alone,
   * never by a token (docs/webhooks.md).
   */
  'webhooks.manage': { roles: ['admin'] },
  'audit.read': { roles: ['owner', 'operations', 'admin', 'viewer'], scope: 'read' },
  // Language governance
  'glossary.read': { roles: EVERYONE, scope: 'read' },
  'glossary.manage': { roles: ['owner'] },
  'lint.use': { roles: EVERYONE, scope: 'read' },
  // Segments, contacts and governed change
  'segments.read': { roles: EVERYONE, scope: 'read' },
  'contacts.read': { roles: EVERYONE, scope: 'read' },
  'contacts.write': { roles: ['operations', 'admin'], scope: 'contacts:write' },
  'proposals.read': { roles: EVERYONE, scope: 'read' },
  /** Marketers propose only through the exception protocol, never directly. */
  'proposals.create': { roles: ['owner', 'operations'] },
  /** Who may decide is narrowed further in the service: the owner, or operations for the owner's own. */
  'proposals.decide': { roles: ['owner', 'operations'] },
  'followups.record': { roles: ['owner'] },
  // Pilots: the owner starts, stops and extends them; readouts stay on the proposal
  'pilots.manage': { roles: ['owner'] },
  'pilots.read': { roles: EVERYONE, scope: 'read' },
  /** Frontline feedback on a pilot; viewers write nothing. */
  'pilots.notes': { roles: ['owner', 'operations', 'marketer'] },
  /** What happened after a send, reported by the platform (docs/pilots.md, "Outcome events"). */
  'outcomes.write': { roles: ['operations'], scope: 'outcomes:write' },
  // The attribute dictionary and segment reviews: the owner accepts attributes and reviews segments
  'attributes.read': { roles: EVERYONE, scope: 'read' },
  'attributes.manage': { roles: ['owner'] },
  'segments.review': { roles: ['owner'] },
  // The team's instruments: owner and operations score the checklist and take the diagnostic
  'checklist.read': { roles: EVERYONE, scope: 'read' },
  'checklist.score': { roles: ['owner', 'operations'] },
  'diagnostics.read': { roles: EVERYONE, scope: 'read' },
  'diagnostics.take': { roles: ['owner', 'operations'] },
  // Firewall, sends and campaigns
  'firewall.check': { roles: ['marketer', 'operations', 'owner'], scope: 'firewall:check' },
  'firewall.read': { roles: ['owner', 'operations', 'admin', 'viewer'], scope: 'read' },
  'sends.write': { roles: ['operations'], scope: 'sends:write' },
  'violations.manage': { roles: ['owner', 'operations'] },
  /** Frequency cap and onboarding days change only through a proposal the owner approves. */
  'firewall.settings.propose': { roles: ['operations'] },
  'campaigns.read': { roles: EVERYONE, scope: 'read' },
  'campaigns.write': { roles: ['marketer'] },
  'campaigns.approve': { roles: ['owner'] },
  'metrics.read': { roles: EVERYONE, scope: 'read' },
  // Exceptions and the monthly review
  'exceptions.read': { roles: EVERYONE, scope: 'read' },
  'exceptions.file': { roles: ['marketer', 'operations', 'owner'] },
  'reviews.read': { roles: EVERYONE, scope: 'read' },
  /** Viewers follow the review; they write nothing (no timer, notes or actions). */
  'reviews.participate': { roles: ['owner', 'operations', 'marketer'] },
  /** Completing freezes the month's figures: owner or operations. */
  'reviews.complete': { roles: ['owner', 'operations'] },
  // The prioritised change backlog: everyone who writes files; the owner ranks, orders and declines
  'backlog.read': { roles: EVERYONE, scope: 'read' },
  'backlog.file': { roles: ['owner', 'operations', 'marketer'] },
  'backlog.rank': { roles: ['owner'] },
  // The automation platform's workflows: content, not logic, so edited freely and audited
  'workflows.read': { roles: EVERYONE, scope: 'read' },
  'workflows.write': { roles: ['marketer', 'operations'], scope: 'workflows:write' },
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof PERMISSIONS;

export function roleMay(roles: readonly Role[], permission: Permission): boolean {
  const rule: PermissionRule = PERMISSIONS[permission];
  return roles.some((r) => rule.roles.includes(r));
}
