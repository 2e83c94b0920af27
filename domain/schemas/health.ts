import { z } from 'zod';

export const Health = z
  .object({
    status: z.literal('ok'),
    database: z.enum(['embedded', 'external', 'memory']),
    version: z.string(),
  })
  .meta({ id: 'Health' });

export const Live = z.object({ status: z.literal('ok') }).meta({ id: 'Live' });
