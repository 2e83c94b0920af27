import type { ReviewAgenda } from '#domain/schemas/reviews';

/**
 * Segment names as the review knew them: the agenda names every active segment in its dwell
 * section, and a frozen review keeps the names of its month. A key the agenda does not name (a
 * segment retired since) is shown as it is.
 */
export function segmentNamesOf(agenda: Pick<ReviewAgenda, 'dwellAnomalies'>): (key: string) => string {
  const names = new Map(agenda.dwellAnomalies.segments.map((s) => [s.key, s.name]));
  return (key) => names.get(key) ?? key;
}
