import { useCallback, useEffect, useRef, useState } from 'react';
import type { Finding, Linter } from '#domain/lint/compile-linter';
import { stillAt } from './apply-suggestion';

export const findingsSentence = (count: number) =>
  count === 0 ? 'No retired language.' : `${count} retired ${count === 1 ? 'phrase' : 'phrases'} found.`;

/**
 * Lints `value` once typing pauses for `debounceMs`. Between lints, findings the person has not
 * touched stay visible (their offsets still hold); edited ones disappear until the next lint.
 * `announcement` changes only when the count does, so a screen reader is told once, politely.
 */
export function useLintAsYouType(value: string, linter: Linter | undefined, debounceMs: number) {
  const [linted, setLinted] = useState<{ text: string; findings: Finding[] } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const lastCount = useRef(0);

  const lintNow = useCallback(
    (text: string, say?: (count: number) => string): Finding[] => {
      if (!linter) return [];
      const findings = linter.lint(text);
      setLinted({ text, findings });
      if (say || findings.length !== lastCount.current) setAnnouncement((say ?? findingsSentence)(findings.length));
      lastCount.current = findings.length;
      return findings;
    },
    [linter],
  );

  // An empty field that was never linted has nothing to find: no timer, so an untouched form settles at once.
  const nothingToLint = linted === null && value === '';
  useEffect(() => {
    if (!linter || nothingToLint) return;
    const handle = setTimeout(() => lintNow(value), debounceMs);
    return () => clearTimeout(handle);
  }, [value, linter, debounceMs, lintNow, nothingToLint]);

  const findings = !linted
    ? []
    : linted.text === value
      ? linted.findings
      : linted.findings.filter((f) => stillAt(value, f));
  const flush = () => {
    if (linted?.text !== value) lintNow(value);
  };
  return { findings, announcement, lintNow, flush };
}
