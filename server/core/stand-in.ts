import { sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';

/**
 * Who a person is linked to, so that a pair of accounts is never one person deciding for
 * themselves (docs/rules.md, "No stand-ins"):
 * - `created`: whoever created their account (and so chose its first password), and every account
 *   they created. Nobody decides or confirms a change of someone they are linked to this way.
 * - `granted`: whoever proposed a role they hold now (the latest confirmed grant of each role held).
 *   Nobody approves a proposal of the person who proposed their approving role.
 */
export type Links = { created: readonly string[]; granted: readonly string[] };

export const NO_LINKS: Links = { created: [], granted: [] };

/** Everyone whose proposals this person may not decide. */
export const decisionLinks = (l: Links): readonly string[] => [...l.created, ...l.granted];

/**
 * Links follow chains, not just one step: whoever created the account of the person who created
 * yours controlled both passwords, and a role proposed by someone whose own role you proposed came
 * from you. So `created` holds every account above and below this one in the tree of who created
 * whom, and `granted` everyone above it through any mix of account creation and role grants.
 */
export async function linksOf(db: DbOrTx, userId: string): Promise<Links> {
  const result = await db.execute(sql`
    WITH RECURSIVE
    creations(parent, child) AS (
      SELECT created_by, id FROM users WHERE created_by IS NOT NULL
    ),
    grants(parent, child) AS (
      SELECT g.proposed_by, g.user_id
      FROM (
        SELECT DISTINCT ON (user_id, role) user_id, role, proposed_by
        FROM user_changes
        WHERE kind = 'role_grant' AND status = 'confirmed'
        ORDER BY user_id, role, decided_at DESC, id
      ) g
      JOIN users u ON u.id = g.user_id AND g.role = ANY(u.roles)
    ),
    edges(parent, child) AS (SELECT parent, child FROM creations UNION SELECT parent, child FROM grants),
    created_above(id) AS (
      SELECT parent FROM creations WHERE child = ${userId}
      UNION
      SELECT c.parent FROM creations c JOIN created_above a ON c.child = a.id
    ),
    created_below(id) AS (
      SELECT child FROM creations WHERE parent = ${userId}
      UNION
      SELECT c.child FROM creations c JOIN created_below b ON c.parent = b.id
    ),
    above(id) AS (
      SELECT parent FROM edges WHERE child = ${userId}
      UNION
      SELECT e.parent FROM edges e JOIN above a ON e.child = a.id
    )
    SELECT 'created' AS how, id FROM created_above WHERE id <> ${userId}
    UNION
    SELECT 'created', id FROM created_below WHERE id <> ${userId}
    UNION
    SELECT 'granted', id FROM above WHERE id <> ${userId}`);
  const rows = rowsOf<{ how: 'created' | 'granted'; id: string }>(result);
  const created = rows.filter((r) => r.how === 'created').map((r) => r.id);
  return {
    created,
    granted: rows.filter((r) => r.how === 'granted' && !created.includes(r.id)).map((r) => r.id),
  };
}
