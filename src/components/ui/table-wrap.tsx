import type { ReactNode } from 'react';

/**
 * The frame of a table that may scroll sideways on a narrow screen: a labelled region that keyboard
 * users can focus to scroll it (a scrollable area nobody can focus fails WCAG 2.1.1).
 */
export function TableWrap({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard
    <section className={className ? `table-wrap ${className}` : 'table-wrap'} aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
