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

export async function linksOf(db: DbOrTx, userId: string): Promise<Links> {
  const result = await db.execute(sql`
    SELECT 'created' AS how, created_by AS id FROM users WHERE id = ${userId} AND created_by IS NOT NULL
    UNION
    SELECT 'created', id FROM users WHERE created_by = ${userId}
    UNION
    SELECT 'granted', g.proposed_by
    FROM (
      SELECT DISTINCT ON (role) role, proposed_by
      FROM user_changes
      WHERE user_id = ${userId} AND kind = 'role_grant' AND status = 'confirmed'
      ORDER BY role, decided_at DESC, id
    ) g
    JOIN users u ON u.id = ${userId} AND g.role = ANY(u.roles)`);
  const rows = rowsOf<{ how: 'created' | 'granted'; id: string }>(result);
  return {
    created: rows.filter((r) => r.how === 'created').map((r) => r.id),
    granted: rows.filter((r) => r.how === 'granted').map((r) => r.id),
  };
}
