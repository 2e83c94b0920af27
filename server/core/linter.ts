import type { GlossaryTerm } from '#domain/glossary/glossary-term';
import { compileLinter, type Linter } from '#domain/lint/compile-linter';
import type { Db, DbOrTx } from '#server/db/client';
import { activeTerms, type TermRow, termsVersion } from './glossary.read';

type Cached = { version: string; linter: Linter };

/**
 * One compiled linter per database handle. Keyed by the handle rather than held in a module
 * variable, so apps over different databases (tests, the mock backend) never share a glossary.
 */
const cache = new WeakMap<object, Cached>();

/**
 * The linter for the current glossary, compiled once and reused until the terms change. Each call
 * reads the terms' version (one small aggregate query): a write on this instance drops the cache at
 * once, and a write on another instance sharing the database shows up as a different version.
 *
 * `reader` is the connection to read through: pass the caller's transaction so the read neither
 * waits on it nor misses its own writes.
 */
export async function glossaryLinter(root: Db, reader: DbOrTx): Promise<Linter> {
  const version = await termsVersion(reader);
  const cached = cache.get(root);
  if (cached?.version === version) return cached.linter;
  // The version was read before the terms: if a write lands in between, the stored version is
  // already stale and the next call compiles again, never the other way round.
  const linter = compileLinter((await activeTerms(reader)).map(toLintTerm));
  cache.set(root, { version, linter });
  return linter;
}

/** Called after a glossary write commits. */
export function forgetLinter(root: Db): void {
  cache.delete(root);
}

export function toLintTerm(row: TermRow): GlossaryTerm {
  return {
    id: row.id,
    phrase: row.phrase,
    kind: row.kind,
    reason: row.reason ?? undefined,
    definition: row.definition ?? undefined,
    replacements: row.replacements,
  };
}
