import { z } from 'zod';
import { AttrPath } from '#domain/segments/criteria';
import { Channel } from './segments';

/**
 * The governed consent mapping (docs/firewall.md, "Consent"): for each channel that needs consent,
 * the boolean attribute that says a contact may be messaged on it, e.g. `{ email: "email_opt_in" }`.
 * A contact whose attribute is not exactly `true` is held back with `no_consent` on that channel.
 * A channel the mapping leaves out needs no consent. Changed only through a setting proposal.
 */
export const ConsentMapping = z.partialRecord(Channel, AttrPath).meta({ id: 'ConsentMapping' });
export type ConsentMapping = z.infer<typeof ConsentMapping>;

export const DEFAULT_CONSENT_MAPPING: ConsentMapping = {};
