import type { ReactNode } from 'react';
import './stats.css';

/** A row of headline figures, each a term and its value. */
export function StatRow({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <dl className="stat-row" aria-label={label}>
      {children}
    </dl>
  );
}

export function Stat({
  label,
  value,
  tone = 'neutral',
}: {
  label: ReactNode;
  value: ReactNode;
  tone?: 'neutral' | 'info' | 'danger';
}) {
  return (
    <div className={`stat stat-${tone}`}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
