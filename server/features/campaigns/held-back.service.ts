import { isOnboarding, onboardingUntil } from '#domain/roles';
import type { HeldBackPreview } from '#domain/schemas/campaigns';
import type { UserActor } from '#server/core/actor';
import type { DbContext } from '#server/core/db';
import { onboardingDaysOf, settingValues } from '#server/core/settings.read';
import { findUser } from '#server/core/users.read';
import { evaluateCheck } from '#server/features/firewall/check.service';
import { ConflictError, ForbiddenError, NotFoundError } from '#server/lib/errors';
import * as repo from './campaigns.repo';
import { checkMembers } from './send-check';

const notObserving = () =>
  new ForbiddenError(
    'Past your first weeks a send is checked and recorded: use Request send to see what the firewall decides.',
    'not_observing',
  );

/**
 * What a send of their own campaign would hold back now, for a marketer who is still observing
 * (docs/rules.md, "Onboarding"): the firewall's own decision code over the target's members, as a
 * dry run that records nothing, sends nothing and counts no attempt. It answers only while every
 * contact would be held back for the sender's onboarding, so it cannot tell anyone which contacts
 * a send would reach, and it names no contact.
 */
export async function previewHeldBack(
  db: DbContext,
  actor: UserActor,
  { id }: { id: string },
): Promise<HeldBackPreview> {
  const campaign = (await repo.findCampaignView(db.conn, id))?.campaign;
  if (!campaign) throw new NotFoundError('Campaign');
  if (campaign.creatorId !== actor.id) {
    throw new ForbiddenError(
      'Only the person who created a campaign sees what its send would hold back.',
      'not_creator',
    );
  }
  const [user, stored] = await Promise.all([findUser(db.conn, actor.id), settingValues(db.conn, ['onboarding_days'])]);
  if (!user) throw new NotFoundError('User');
  const onboardingDays = onboardingDaysOf(stored.get('onboarding_days'));
  if (!isOnboarding(user.startedAt, onboardingDays, db.clock.now())) throw notObserving();
  if (!campaign.targetSegment) {
    throw new ConflictError('no_target', 'Choose a target segment to see what a send would hold back.');
  }
  const target = { id, channel: campaign.channel, targetSegment: campaign.targetSegment };
  const result = await checkMembers(db, target, async (input) => {
    const { outcome } = await evaluateCheck(db, actor, input);
    // The firewall's own view of the sender decides: should it no longer hold every contact for
    // onboarding, this would be a way to learn who a send reaches without recording it.
    if (outcome.decisions.some((d) => !d.reasons.includes('actor_onboarding'))) throw notObserving();
    return {
      decisions: outcome.decisions,
      summary: { allowed: 0, blocked: outcome.blocked, byReason: outcome.byReason },
    };
  });
  return {
    contactCount: result.contactCount,
    heldBack: result.summary.blocked,
    byReason: result.summary.byReason,
    breakdown: result.breakdown,
    onboardingUntil: onboardingUntil(user.startedAt, onboardingDays).toISOString(),
  };
}
