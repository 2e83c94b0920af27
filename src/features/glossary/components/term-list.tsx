import type { GlossaryEntry } from '#domain/schemas/glossary';

type Props = {
  id: string;
  title: string;
  description: string;
  terms: GlossaryEntry[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Shown when a search leaves nothing in this list. */
  emptyText: string;
};

/** One kind of term as a list of buttons; choosing one opens its detail. */
export function TermList({ id, title, description, terms, selectedId, onSelect, emptyText }: Props) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="muted">({terms.length})</span>
      </h2>
      <p className="muted">{description}</p>
      {terms.length === 0 ? <p className="muted">{emptyText}</p> : null}
      <ul className="term-list">
        {terms.map((term) => (
          <li key={term.id}>
            <button
              type="button"
              className="term-button"
              aria-current={term.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(term.id)}
            >
              <span className="term-phrase">{term.phrase}</span>
              <span className="term-summary">
                {term.kind === 'retired' ? `Say instead: ${term.replacements.join(' · ')}` : term.definition}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
