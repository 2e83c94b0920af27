import { useId } from 'react';
import { type CriteriaIssue, pathText } from '#domain/segments/criteria-issues';

type Props = {
  text: string;
  onTextChange: (text: string) => void;
  syntaxError: string | null;
  issues: CriteriaIssue[];
};

/** The rule tree as JSON for power users; every problem is listed with its path in the tree. */
export function CriteriaJson({ text, onTextChange, syntaxError, issues }: Props) {
  const id = useId();
  const invalid = syntaxError !== null || issues.length > 0;
  return (
    <div className="field">
      <label htmlFor={id}>Criteria as JSON</label>
      <textarea
        data-plain-text="criteria"
        id={id}
        className="criteria-json"
        rows={Math.min(24, Math.max(8, text.split('\n').length + 1))}
        spellCheck={false}
        value={text}
        onChange={(e) => onTextChange(e.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-errors` : `${id}-hint`}
      />
      {invalid ? (
        <div id={`${id}-errors`} className="field-error" role="alert">
          {syntaxError ? (
            <p>This is not valid JSON: {syntaxError}</p>
          ) : (
            <ul className="criteria-json-issues">
              {issues.map((i) => (
                <li key={`${pathText(i.path)}|${i.message}`}>
                  <code>{pathText(i.path)}</code>: {i.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <p id={`${id}-hint`} className="field-hint">
          Groups are {'{"all": […]}'}, {'{"any": […]}'} or {'{"not": …}'}; a rule is {'{"attr", "op", "value"}'}.
        </p>
      )}
    </div>
  );
}
