import type { Ref } from 'react';
import type { Finding } from '#domain/lint/compile-linter';
import type { GlossaryEntry } from '#domain/schemas/glossary';
import { Button } from '#src/components/ui/button';
import { matchCase } from './apply-suggestion';

type Props = {
  id: string;
  findings: Finding[];
  active: number | null;
  entryOf: (phrase: string) => GlossaryEntry | undefined;
  onReplace: (finding: Finding, suggestion: string, index: number) => void;
  ref?: Ref<HTMLUListElement>;
};

/** Each finding in words, with its reason and one "Replace with …" button per suggestion. */
export function LintFindings({ id, findings, active, entryOf, onReplace, ref }: Props) {
  if (findings.length === 0) return null;
  return (
    <div className="lint-findings">
      <p className="lint-summary" id={`${id}-summary`}>
        {findings.length === 1 ? 'One phrase' : `${findings.length} phrases`} here{' '}
        {findings.length === 1 ? 'is' : 'are'} retired language. Saving still works; consider the promoted language.
      </p>
      <ul ref={ref}>
        {findings.map((f, i) => {
          const reason = entryOf(f.term)?.reason;
          const describedBy = `${id}-finding-${i}`;
          return (
            <li key={`${f.start}:${f.end}`} className={i === active ? 'is-active' : undefined}>
              <p id={describedBy}>
                <span className="lint-match">“{f.match}”</span>
                {f.match.toLowerCase() === f.term ? ' is retired.' : ` is a form of “${f.term}”, which is retired.`}
                {reason ? <span className="muted"> {reason}</span> : null}
              </p>
              {f.suggestions.length > 0 ? (
                <div className="lint-actions">
                  {f.suggestions.map((s) => (
                    <Button key={s} aria-describedby={describedBy} onClick={() => onReplace(f, s, i)}>
                      Replace with “{matchCase(f.match, s)}”
                    </Button>
                  ))}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
