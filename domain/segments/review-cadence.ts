import type { Criteria } from './criteria';
import { isTimeRelative } from './criteria-walk';

/**
 * How often a segment's definition is looked at again (docs/rules.md, "Segment review cadence").
 * Rules that move people with time ("seen within 90 days") drift as behaviour and the business
 * change, so they are reviewed every quarter; rules on stable facts (industry, plan) once a year.
 */

export type ReviewCadence = 'quarterly' | 'yearly';
export type ReviewState = 'ok' | 'due' | 'overdue';

export const CADENCE_MONTHS: Record<ReviewCadence, number> = { quarterly: 3, yearly: 12 };

/** A review falls due this many days before its date, so it can be planned into the monthly review. */
export const REVIEW_DUE_SOON_DAYS = 14;

export function reviewCadence(criteria: Criteria): ReviewCadence {
  return isTimeRelative(criteria) ? 'quarterly' : 'yearly';
}

/** `from` plus whole calendar months (UTC), as a date; the 31st of a shorter month is its last day. */
export function addMonths(from: Date, months: number): string {
  const y = from.getUTCFullYear();
  const m = from.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(from.getUTCDate(), last))).toISOString().slice(0, 10);
}

/**
 * The next review date: a cadence after the later of the last review and the current version's
 * approval (approving a new version is a review of the logic too).
 */
export function nextReviewDue(criteria: Criteria, versionApprovedAt: Date, lastReviewedAt: Date | null): string {
  const since = lastReviewedAt && lastReviewedAt > versionApprovedAt ? lastReviewedAt : versionApprovedAt;
  return addMonths(since, CADENCE_MONTHS[reviewCadence(criteria)]);
}

const DAY_MS = 86_400_000;

/** overdue: the date has passed; due: it is today or within REVIEW_DUE_SOON_DAYS; ok otherwise. */
export function reviewState(dueOn: string, today: string): ReviewState {
  if (dueOn < today) return 'overdue';
  const soon = new Date(Date.parse(`${today}T00:00:00Z`) + REVIEW_DUE_SOON_DAYS * DAY_MS).toISOString().slice(0, 10);
  return dueOn <= soon ? 'due' : 'ok';
}
