import type { RequestSendResult } from '#domain/schemas/campaigns';
import type { UserActor } from '#server/core/actor';
import type { DbContext } from '#server/core/db';
import { runCheck } from '#server/features/firewall/check.service';
import { ConflictError, NotFoundError } from '#server/lib/errors';
import * as repo from './campaigns.repo';
import { checkMembers } from './send-check';

/**
 * "Request send": the firewall check over the target segment's current members, as the signed-in
 * marketer, on the campaign's channel. Nothing is sent; the answer says what the firewall allows
 * and, for the rest, which rule held them back, by reason and segment.
 */
export async function requestSend(db: DbContext, actor: UserActor, { id }: { id: string }): Promise<RequestSendResult> {
  const campaign = (await repo.findCampaignView(db.conn, id))?.campaign;
  if (!campaign) throw new NotFoundError('Campaign');
  if (!campaign.targetSegment) {
    throw new ConflictError('no_target', 'Choose a target segment before requesting a send.');
  }
  const target = { id, channel: campaign.channel, targetSegment: campaign.targetSegment };
  return checkMembers(db, target, (input) => runCheck(db, actor, input));
}
