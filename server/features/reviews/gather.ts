type Results<T extends readonly (() => Promise<unknown>)[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Runs the queries in parallel on separate pool connections, or one after another inside a
 * transaction, whose single connection must not be given a second query while one is running.
 */
export async function gather<const T extends readonly (() => Promise<unknown>)[]>(
  tasks: T,
  parallel: boolean,
): Promise<Results<T>> {
  if (parallel) return (await Promise.all(tasks.map((t) => t()))) as Results<T>;
  const results: unknown[] = [];
  for (const task of tasks) results.push(await task());
  return results as Results<T>;
}
