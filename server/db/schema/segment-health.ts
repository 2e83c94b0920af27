import { boolean, date, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { ts } from './columns';

/**
 * Sends and outcome events per segment and ISO week (Monday, UTC), kept by the statements that
 * store them: each counts for the segment its contact was in at the time (contact_stays). A
 * segment's health reads at most 52 rows of it, however many events there are
 * (docs/segment-health.md, "Storage").
 */
export const segmentWeeks = pgTable(
  'segment_weeks',
  {
    segmentKey: text('segment_key').notNull(),
    week: date('week').notNull(),
    sends: integer('sends').notNull().default(0),
    delivered: integer('delivered').notNull().default(0),
    unsubscribed: integer('unsubscribed').notNull().default(0),
    complained: integer('complained').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.segmentKey, t.week] })],
);

/**
 * Whether each segment was last seen drifting, so `segment.drift` is announced on the way into
 * drift only (docs/segment-health.md, "Drift"). Written in the transaction that stores the events
 * which moved it.
 */
export const segmentDriftStates = pgTable('segment_drift_states', {
  segmentKey: text('segment_key').primaryKey(),
  drifting: boolean('drifting').notNull(),
  /** The metrics out of band when it last changed: 'unsubscribe', 'complaint'. */
  metrics: text('metrics').array().notNull(),
  changedAt: ts('changed_at').notNull(),
});
