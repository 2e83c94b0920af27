import type { z } from 'zod';
import { Criteria } from './criteria';

export type CriteriaIssue = { path: (string | number)[]; message: string };

const BRANCH = { all: 0, any: 1, not: 2 } as const;

function at(value: unknown, path: readonly PropertyKey[]): unknown {
  let cur = value;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

const SHAPE_MESSAGE = 'Expected a rule {attr, op, value} or a group {all: […]}, {any: […]} or {not: …}';

/**
 * The rule tree is a union, so zod reports a bad node as "one of four shapes failed" with every
 * branch's complaints. This keeps only the branch the node was meant to be (by its keys), giving
 * one readable message per real problem with its full path, e.g. all[0].value.
 */
function flatten(issues: readonly z.core.$ZodIssue[], base: PropertyKey[], root: unknown): CriteriaIssue[] {
  const out: CriteriaIssue[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code !== 'invalid_union') {
      out.push({ path: path as (string | number)[], message: issue.message });
      continue;
    }
    const node = at(root, path);
    if (node === null || typeof node !== 'object' || Array.isArray(node)) {
      out.push({ path: path as (string | number)[], message: SHAPE_MESSAGE });
      continue;
    }
    const keys = Object.keys(node);
    const group = keys.find((k): k is keyof typeof BRANCH => Object.hasOwn(BRANCH, k));
    if (!group && !keys.includes('attr') && !keys.includes('op')) {
      out.push({ path: path as (string | number)[], message: SHAPE_MESSAGE });
      continue;
    }
    const branch = issue.errors[group ? BRANCH[group] : 3] ?? [];
    out.push(...flatten(branch, path, root));
  }
  return out;
}

/** Checks a rule tree against the shared schema; an empty list means it is valid. */
export function criteriaIssues(value: unknown): CriteriaIssue[] {
  const result = Criteria.safeParse(value);
  if (result.success) return [];
  const seen = new Set<string>();
  return flatten(result.error.issues, [], value).filter((i) => {
    const key = `${pathText(i.path)}|${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** ["all", 0, "value"] → "all[0].value"; the root is "(top level)". */
export function pathText(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(top level)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
