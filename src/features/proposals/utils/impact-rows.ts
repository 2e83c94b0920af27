import type { SegmentFigures } from '#domain/schemas/follow-ups';
import { formatCount } from '#src/lib/format';

type FigureKey = 'members' | 'medianDwellDays' | 'movesOutsideTransitions' | 'suppressed' | 'violations';

/** The figures a follow-up compares, in the order the page shows them. */
export const FIGURES: { key: FigureKey; label: string; unit: string }[] = [
  { key: 'members', label: 'Members at the end', unit: '' },
  { key: 'medianDwellDays', label: 'Median dwell', unit: ' days' },
  { key: 'movesOutsideTransitions', label: 'Moves outside allowed transitions', unit: '' },
  { key: 'suppressed', label: 'Suppressed volume', unit: '' },
  { key: 'violations', label: 'Pause violations', unit: '' },
];

export type ImpactRow = {
  key: FigureKey;
  label: string;
  before: string;
  after: string;
  change: string;
  /** Bar lengths in percent of the larger of the two, so each figure reads on its own scale. */
  beforeWidth: number;
  afterWidth: number;
};

const show = (v: number | null, unit: string) => (v === null ? '—' : `${formatCount(v)}${unit}`);

function change(before: number | null, after: number | null, unit: string): string {
  if (before === null || after === null) return '—';
  const d = Math.round((after - before) * 10) / 10;
  if (d === 0) return 'no change';
  return `${d > 0 ? '+' : '−'}${formatCount(Math.abs(d))}${unit}`;
}

/** A checkpoint's before and after as rows of a paired bar chart. */
export function impactRows(before: SegmentFigures, after: SegmentFigures): ImpactRow[] {
  return FIGURES.map(({ key, label, unit }) => {
    const b = before[key];
    const a = after[key];
    const max = Math.max(b ?? 0, a ?? 0);
    const width = (v: number | null) => (v === null || max === 0 ? 0 : Math.round((v / max) * 100));
    return {
      key,
      label,
      before: show(b, unit),
      after: show(a, unit),
      change: change(b, a, unit),
      beforeWidth: width(b),
      afterWidth: width(a),
    };
  });
}

/** The chart's text alternative: every figure before and after, in one sentence each. */
export function impactSummary(days: number, rows: ImpactRow[]): string {
  return `${days} days before and after the approval. ${rows
    .map((r) => `${r.label}: ${r.before} before, ${r.after} after (${r.change}).`)
    .join(' ')}`;
}
