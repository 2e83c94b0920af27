import { canonical } from '#domain/canonical';

/**
 * Whether a proposed definition changes nothing. A logic review that changes nothing has no logic
 * to review: the request should be withdrawn instead. Both sides of the wizard ask the same question.
 */
export function sameDefinition(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

export const UNCHANGED_LOGIC_MESSAGE =
  'The proposed logic is the same as the current version: change it, or withdraw the request';
