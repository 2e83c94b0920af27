import type { SensitiveUse } from '#domain/schemas/sensitivity';
import type { Criteria } from '#domain/segments/criteria';
import { attributesOf, conditionsOf } from '#domain/segments/criteria-walk';
import type { DbOrTx } from '#server/db/client';
import type { Issue } from '#server/lib/errors';
import * as repo from './attributes.repo';

/**
 * The attribute dictionary as other features read it (docs/rules.md, "Attribute dictionary"):
 * whether criteria use only accepted attributes, and which sensitive ones they use.
 */

/**
 * One issue per condition naming an attribute that is not accepted into the dictionary, at the
 * condition's `attr` under `base` (e.g. ["definition", "criteria"]); empty when all are usable.
 */
export async function dictionaryIssues(db: DbOrTx, criteria: Criteria, base: (string | number)[]): Promise<Issue[]> {
  const placed = conditionsOf(criteria);
  if (placed.length === 0) return [];
  const known = new Map((await repo.statusOf(db, attributesOf(criteria))).map((r) => [r.name, r.status] as const));
  return placed.flatMap(({ condition, path }) => {
    const status = known.get(condition.attr);
    if (status === 'accepted') return [];
    const message =
      status === 'discovered'
        ? `${condition.attr} was seen on contacts but is not accepted into the attribute dictionary yet`
        : `${condition.attr} is not in the attribute dictionary`;
    return [{ path: [...base, ...path, 'attr'], message }];
  });
}

/** The accepted attributes the criteria read whose sensitivity is personal or special category. */
export async function sensitiveUses(db: DbOrTx, criteria: Criteria): Promise<SensitiveUse[]> {
  const names = attributesOf(criteria);
  const rows = await repo.statusOf(db, names);
  const byName = new Map(rows.map((r) => [r.name, r] as const));
  return names.flatMap((name) => {
    const r = byName.get(name);
    return r?.status === 'accepted' && r.sensitivity && r.sensitivity !== 'none'
      ? [{ name, sensitivity: r.sensitivity }]
      : [];
  });
}

/** Sensitivity of every accepted attribute that has one, for presenting many proposals at once. */
export async function sensitivities(db: DbOrTx, names: string[]): Promise<Map<string, SensitiveUse['sensitivity']>> {
  const rows = await repo.statusOf(db, [...new Set(names)]);
  return new Map(
    rows.flatMap((r) =>
      r.status === 'accepted' && r.sensitivity && r.sensitivity !== 'none' ? [[r.name, r.sensitivity] as const] : [],
    ),
  );
}

/** An attribute's dictionary entry as a setting's validation needs it, or undefined. */
export async function dictionaryEntry(db: DbOrTx, name: string) {
  return (await repo.findAttribute(db, name))?.attribute;
}
