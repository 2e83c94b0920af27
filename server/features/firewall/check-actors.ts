import { isOnboarding } from '#domain/roles';
import type { Actor } from '#server/core/actor';
import type { DbContext } from '#server/core/db';
import { findUser, findUserByEmail, type UserRow } from '#server/core/users.read';
import { ForbiddenError, invalidField } from '#server/lib/errors';
import type { CampaignPolicy } from './policy.repo';

/** The people a send is for: the one recorded on the request, and everyone the rules look at. */
export type SendActors = { sender: UserRow | null; all: UserRow[] };

const mismatch = (message: string) => new ForbiddenError(message, 'actor_mismatch');

/**
 * Who the send is for (docs/rules.md, "The firewall check"). A signed-in person sends as themselves
 * and may not name someone else. A token names the person, or nobody. When a campaign is named its
 * creator is an actor of the send too: a token naming nobody sends as the creator, and a token
 * naming someone else contradicts the campaign. A token's maker is always an actor of its sends.
 * Both refusals are 403 actor_mismatch, audited as
 * refused attempts: each is an attempt to send as someone the rules would treat differently.
 */
export async function resolveActors(
  db: DbContext,
  actor: Actor,
  email: string | undefined,
  campaign: CampaignPolicy | undefined,
): Promise<SendActors> {
  const creator = campaign ? await findUser(db.conn, campaign.creatorId) : undefined;
  if (actor.kind === 'user') {
    if (email && email.toLowerCase() !== actor.email.toLowerCase()) {
      throw mismatch('A signed-in person checks sends as themselves; leave actor out.');
    }
    const sender = (await findUser(db.conn, actor.id)) ?? null;
    return { sender, all: distinct([sender, creator]) };
  }
  // The token's maker is an actor too: a token sends with no more standing than theirs, so a new
  // hire's token is held like their own checks, whoever it names or leaves out.
  const maker = actor.maker ?? (await findUser(db.conn, actor.createdBy));
  if (!email) {
    const sender = creator ?? null;
    return { sender, all: distinct([sender, maker]) };
  }
  const named = await findUserByEmail(db.conn, email);
  if (!named?.active) throw invalidField('actor', 'No active user has this email');
  if (creator && creator.id !== named.id) {
    throw mismatch(`The campaign's creator is the actor of its send; ${email} is not. Leave actor out.`);
  }
  return { sender: named, all: distinct([named, maker]) };
}

function distinct(users: (UserRow | null | undefined)[]): UserRow[] {
  const present = users.filter((u): u is UserRow => u !== null && u !== undefined);
  return [...new Map(present.map((u) => [u.id, u])).values()];
}

/** The actor reasons of a send: anyone in onboarding holds it, and so does the owner. */
export function actorFlags(actors: SendActors, onboardingDays: number, now: Date) {
  return {
    actorOnboarding: actors.all.some((u) => isOnboarding(u.startedAt, onboardingDays, now)),
    actorIsOwner: actors.all.some((u) => u.active && u.roles.includes('owner')),
  };
}
