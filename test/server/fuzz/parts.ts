/** Which of the routes one fuzz test file takes: part 1 of 3 takes the 1st, 4th, 7th… */
export type Part = { part: number; of: number };

/**
 * The operations of one part, each with its index in the whole list: the index seeds its cases,
 * so a route gets the same requests however the routes are dealt.
 */
export function partOf<T>(all: T[], { part, of }: Part): { index: number; op: T }[] {
  return all.flatMap((op, index) => (index % of === part - 1 ? [{ index, op }] : []));
}
