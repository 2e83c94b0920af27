import { z } from 'zod';

/**
 * Dates, times and months in inputs lie in 2000–2099 (docs/api.md, "Limits"). Nothing Charter
 * records (a start date, a send, an audit entry, a review) lies outside it, and a year 0000 or 9999
 * would only reach the database to fail there: JavaScript and PostgreSQL disagree about year 0, and
 * the day after 9999-12-31 cannot be written as an ISO date.
 */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;

const FIRST_MS = Date.UTC(FIRST_YEAR, 0, 1);
const END_MS = Date.UTC(LAST_YEAR + 1, 0, 1);
const RANGE = `${FIRST_YEAR}-01-01 to ${LAST_YEAR}-12-31`;

/** Whether epoch milliseconds fall in the accepted years (for times read from cursors, too). */
export const inRange = (ms: number) => Number.isFinite(ms) && ms >= FIRST_MS && ms < END_MS;

/** YYYY-MM-DD, a real calendar date in range. */
export const isoDate = (message = 'Use a date like 2026-01-31') =>
  z.iso.date(message).refine((s) => inRange(Date.parse(`${s}T00:00:00Z`)), `Use a date from ${RANGE}`);

/** An ISO 8601 instant with its offset (Z or ±hh:mm), in range once read as UTC. */
export const isoDateTime = () =>
  z.iso.datetime({ offset: true }).refine((s) => inRange(Date.parse(s)), `Use a time from ${RANGE} (UTC)`);

export const Month = z
  .string()
  .regex(/^20\d{2}-(0[1-9]|1[0-2])$/, `Use a month like 2026-11, from ${FIRST_YEAR}-01 to ${LAST_YEAR}-12`);
