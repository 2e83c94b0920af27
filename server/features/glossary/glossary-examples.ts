import type { Actor } from '#server/core/actor';
import type { DbContext } from '#server/core/db';
import { lintAndRecord } from '#server/core/lint-and-record';

/**
 * Examples are text people write too: new ones count towards the usage trend like any other field,
 * whether the term is saved on its own or imported.
 */
export async function recordNewExamples(
  tx: DbContext,
  actor: Actor,
  id: string,
  examples: string[],
  previous: string[],
) {
  for (const text of examples.filter((e) => !previous.includes(e))) {
    await lintAndRecord(tx, actor, { text, field: 'glossary.example', sourceId: id });
  }
}
