import type { ImpactPreview, SegmentDefinition } from '#domain/schemas/segments';
import { type MovePair, summarizeImpact } from '#domain/segments/impact';
import type { LiveSegment } from './membership.repo';

// Segment keys are lowercase words joined by hyphens, so this can never name a real segment.
export const UNSAVED_KEY = '__new_segment__';

/** The live segments as they would be with `definition` as the current version of `key`. */
export function withProposed(current: LiveSegment[], key: string, definition: SegmentDefinition): LiveSegment[] {
  const proposed: LiveSegment = {
    key,
    name: definition.name,
    criteria: definition.criteria,
    priority: definition.priority,
    paused: definition.pause.paused,
    transitions: definition.transitions,
  };
  return [...current.filter((s) => s.key !== key), proposed];
}

/**
 * The impact of a change to `key` from every contact counted by (segment before, segment after):
 * the preview's, from two evaluations, and the approval's, from its re-evaluation.
 */
export function impactOf(pairs: MovePair[], key: string, before: LiveSegment[], after: LiveSegment[]): ImpactPreview {
  const impact = summarizeImpact(pairs, key, factsOf(before), factsOf(after));
  // A segment being created has no key yet: its moves name it, with a null key.
  const keyOf = (k: string | null) => (k === UNSAVED_KEY ? null : k);
  return { ...impact, flows: impact.flows.map((f) => ({ ...f, from: keyOf(f.from), to: keyOf(f.to) })) };
}

const factsOf = (segments: LiveSegment[]) => new Map(segments.map((s) => [s.key, s]));
