import { useMemo, useState } from 'react';
import type { Criteria } from '#domain/segments/criteria';
import { criteriaIssues } from '#domain/segments/criteria-issues';
import { describeCriteria } from '#domain/segments/describe';
import { CriteriaGroup } from './criteria-group';
import { CriteriaJson } from './criteria-json';
import type { AttributeInfo } from './operators';
import './segment-definition.css';

export type { AttributeInfo } from './operators';

type Props = {
  value: Criteria;
  onChange: (value: Criteria) => void;
  /** Attributes seen on contacts (GET /api/contacts/attributes); with none, paths are typed freely. */
  attributes: readonly AttributeInfo[] | undefined;
  /** Told whenever the JSON view holds text that does not parse, so a form can hold its submit. */
  onJsonValidity?: (parses: boolean) => void;
};

/**
 * The criteria builder: all / any / none groups of rules over contact attributes, operators that
 * fit each attribute's type, and a JSON view for power users. Validation is the shared zod schema,
 * so what this accepts is exactly what the server accepts. Reused by the exception wizard.
 */
export function CriteriaEditor({ value, onChange, attributes = [], onJsonValidity }: Props) {
  const [view, setView] = useState<'builder' | 'json'>('builder');
  const [text, setText] = useState('');
  const [syntaxError, setSyntaxError] = useState<string | null>(null);
  const issues = useMemo(() => criteriaIssues(value), [value]);
  // The builder can show any object tree (odd nodes get a placeholder), but not a bare number or list.
  const builderReady = syntaxError === null && value !== null && typeof value === 'object' && !Array.isArray(value);

  const showJson = () => {
    setText(JSON.stringify(value, null, 2));
    setSyntaxError(null);
    setView('json');
  };
  const editText = (next: string) => {
    setText(next);
    try {
      const parsed = JSON.parse(next) as Criteria;
      setSyntaxError(null);
      onJsonValidity?.(true);
      onChange(parsed);
    } catch (err) {
      setSyntaxError((err as Error).message);
      onJsonValidity?.(false);
    }
  };

  return (
    <div className="criteria-editor">
      <fieldset className="criteria-toolbar">
        <legend className="visually-hidden">Criteria view</legend>
        <button
          type="button"
          className="btn btn-ghost"
          aria-pressed={view === 'builder'}
          disabled={!builderReady}
          title={builderReady ? undefined : 'Fix the JSON first'}
          onClick={() => setView('builder')}
        >
          Builder
        </button>
        <button type="button" className="btn btn-ghost" aria-pressed={view === 'json'} onClick={showJson}>
          JSON
        </button>
      </fieldset>
      {view === 'builder' ? (
        <CriteriaGroup value={value} onChange={onChange} attributes={attributes} issues={issues} prefix="" depth={0} />
      ) : (
        <CriteriaJson text={text} onTextChange={editText} syntaxError={syntaxError} issues={issues} />
      )}
      <p className="criteria-words" aria-live="polite">
        <span className="muted">In plain words: </span>
        {issues.length === 0 ? describeCriteria(value) : 'finish the rules marked above to read them back.'}
      </p>
    </div>
  );
}
