import { z } from 'zod';

/** What a freshness pass did (docs/decisions/014-membership-never-stale.md). */
export const MembershipRefreshResult = z
  .object({
    checked: z.number().int(),
    moved: z.number().int(),
    /** Moves by "from → to", "(none)" for no segment. */
    transitions: z.record(z.string(), z.number().int()),
  })
  .meta({ id: 'MembershipRefreshResult' });
