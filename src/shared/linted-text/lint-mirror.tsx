import type { ReactNode, Ref } from 'react';
import type { Finding } from '#domain/lint/compile-linter';

type Props = { text: string; findings: Finding[]; active: number | null; ref?: Ref<HTMLDivElement> };

/**
 * The text again, laid out exactly like the textarea above it but invisible, with each finding
 * wrapped in a <mark>: the marks' backgrounds and underlines show through the transparent textarea.
 * Hidden from assistive technology; the findings list below says the same in words.
 */
export function LintMirror({ text, findings, active, ref }: Props) {
  const parts: ReactNode[] = [];
  let at = 0;
  findings.forEach((f, i) => {
    if (f.start > at) parts.push(text.slice(at, f.start));
    parts.push(
      <mark key={`${f.start}:${f.end}`} data-index={i} className={i === active ? 'is-active' : undefined}>
        {text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  });
  parts.push(text.slice(at));
  return (
    <div ref={ref} className="lint-mirror" aria-hidden="true">
      {parts}
      {/* Keeps the height of a trailing line break, as the textarea does. */}
      {'\u200b'}
    </div>
  );
}
