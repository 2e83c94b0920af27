import { useState } from 'react';
import { LintedTextField } from '#src/shared/linted-text/linted-text-field';

/** A scratch pad for the linter: nothing typed here is saved or counted. */
export function TryLinter() {
  const [text, setText] = useState('');
  return (
    <section className="card" aria-labelledby="try-linter-title">
      <h2 id="try-linter-title">Try the linter</h2>
      <p className="muted">
        Every field where people write in Charter checks language this way, and the server checks again when it saves.
        Retired phrases are flagged in any form (plurals, verb forms, hyphenation), with the promoted language to use
        instead, in the same form.
      </p>
      <LintedTextField
        label="Text to check"
        hint="Nothing you type here is saved."
        rows={4}
        value={text}
        onChange={setText}
        placeholder="e.g. Let’s push them before the warm leads go cold."
      />
    </section>
  );
}
