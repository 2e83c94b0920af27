import { eq } from 'drizzle-orm';
import { DEFAULT_ONBOARDING_DAYS } from '#domain/roles';
import type { DbOrTx } from '#server/db/client';
import { settings } from '#server/db/schema/foundation';

/** The onboarding period in days: a governed setting, 30 unless changed through a proposal. */
export async function onboardingDays(db: DbOrTx): Promise<number> {
  const [row] = await db.select().from(settings).where(eq(settings.key, 'onboarding_days'));
  return typeof row?.value === 'number' ? row.value : DEFAULT_ONBOARDING_DAYS;
}
