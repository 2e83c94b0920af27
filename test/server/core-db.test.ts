import { sql } from 'drizzle-orm';
import { recordAudit } from '#server/core/audit';
import { dbContext, inTransaction, transaction } from '#server/core/db';
import { count } from './firewall-fixtures';
import { createTestApp, type TestApp } from './harness';

/** The one place transactions are opened (docs/architecture.md, "Transactions"). */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const actor = { id: null, label: 'core test' };
const entries = () => count(t.db, sql`SELECT count(*) AS n FROM audit_entries WHERE actor_label = 'core test'`);

describe('transactions', () => {
  it('joins the caller’s transaction: a later failure rolls back what a nested service wrote', async () => {
    const db = dbContext(t.db, t.clock);
    const before = await entries();
    await expect(
      transaction(db, async (outer) => {
        await transaction(outer, async (inner) => {
          expect(inner.conn).toBe(outer.conn);
          await recordAudit(inner, actor, { action: 'test.inner', target: { type: 'test' } });
        });
        throw new Error('the outer change failed');
      }),
    ).rejects.toThrow('outer change failed');
    expect(await entries()).toBe(before);
    await transaction(db, (tx) => recordAudit(tx, actor, { action: 'test.kept', target: { type: 'test' } }));
    expect(await entries()).toBe(before + 1);
  });

  it('refuses to record an audit entry outside the transaction of a change', async () => {
    const db = dbContext(t.db, t.clock);
    expect(inTransaction(db)).toBe(false);
    const before = await entries();
    await expect(recordAudit(db, actor, { action: 'test.loose', target: { type: 'test' } })).rejects.toThrow(
      'inside the transaction',
    );
    expect(await entries()).toBe(before);
  });
});
