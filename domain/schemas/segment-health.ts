import { z } from 'zod';

/** Contract of a segment's health (docs/segment-health.md): weekly sends, outcome rates and drift. */

export const SegmentHealthQuery = z.strictObject({
  weeks: z.coerce
    .number({ error: 'A whole number of weeks, 4 to 52' })
    .int('A whole number of weeks, 4 to 52')
    .min(4, 'At least 4 weeks')
    .max(52, 'At most 52 weeks')
    .default(12),
});
export type SegmentHealthQuery = z.infer<typeof SegmentHealthQuery>;

export const HEALTH_METRICS = ['unsubscribe', 'complaint'] as const;
export const HealthMetric = z.enum(HEALTH_METRICS);
export type HealthMetric = z.infer<typeof HealthMetric>;

export const HealthWeek = z.object({
  /** The ISO week's Monday (UTC), YYYY-MM-DD. */
  weekStart: z.string(),
  /** Sends Charter recorded to contacts while they were in the segment. */
  sends: z.number().int(),
  delivered: z.number().int(),
  unsubscribed: z.number().int(),
  complained: z.number().int(),
  /** Shares of the week's deliveries; null without any. */
  unsubscribeRate: z.number().nullable(),
  complaintRate: z.number().nullable(),
  /** Enough deliveries to be part of the band or to be judged against it. */
  enoughVolume: z.boolean(),
});
export type HealthWeek = z.infer<typeof HealthWeek>;

/** A metric's usual band from the baseline weeks; null while too few weeks had enough volume. */
export const HealthBand = z
  .object({ median: z.number(), low: z.number(), high: z.number(), baselineWeeks: z.number().int() })
  .nullable();
export type HealthBand = z.infer<typeof HealthBand>;

export const SegmentHealth = z
  .object({
    segmentKey: z.string(),
    weeks: z.array(HealthWeek),
    bands: z.object({ unsubscribe: HealthBand, complaint: HealthBand }),
    drift: z.object({
      drifting: z.boolean(),
      /** The metrics above their band in the latest weeks. */
      metrics: z.array(HealthMetric),
      /** Per drifting metric: the worst judged week (ISO Monday), its rate and the band it left. */
      findings: z.array(
        z.object({
          metric: HealthMetric,
          weekStart: z.string(),
          rate: z.number(),
          low: z.number(),
          high: z.number(),
        }),
      ),
      /** The finding in words, e.g. "Drifting: unsubscribe rate 2.1% in the week of 2026-11-02, above its usual 0.2–0.6%". */
      summary: z.string(),
    }),
    method: z.object({
      minDelivered: z.number().int(),
      baselineWeeks: z.number().int(),
      judgedWeeks: z.number().int(),
    }),
  })
  .meta({ id: 'SegmentHealth' });
export type SegmentHealth = z.infer<typeof SegmentHealth>;
