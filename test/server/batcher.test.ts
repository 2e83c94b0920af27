import { describe, expect, it } from 'vitest';
import { batcher } from '#server/lib/batcher';

/** A run whose batches finish only when the test says so. */
function controlled() {
  const batches: { items: number[]; finish: (fail?: Error) => void }[] = [];
  const run = (items: number[]) =>
    new Promise<number[]>((resolve, reject) => {
      batches.push({ items, finish: (fail) => (fail ? reject(fail) : resolve(items.map((n) => n * 10))) });
    });
  return { batches, run };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('batcher', () => {
  it('runs an item at once when nothing is in flight, and groups what arrives meanwhile', async () => {
    const { batches, run } = controlled();
    const submit = batcher(run, () => 1, { maxInFlight: 1, maxWeight: 100 });
    const first = submit(1);
    await tick();
    expect(batches.map((b) => b.items)).toEqual([[1]]);
    const rest = [submit(2), submit(3), submit(4)];
    await tick();
    expect(batches).toHaveLength(1);
    batches[0]?.finish();
    expect(await first).toBe(10);
    await tick();
    expect(batches[1]?.items).toEqual([2, 3, 4]);
    batches[1]?.finish();
    expect(await Promise.all(rest)).toEqual([20, 30, 40]);
  });

  it('keeps a batch under the weight limit, but runs a heavier item alone', async () => {
    const { batches, run } = controlled();
    const submit = batcher(run, (n) => n, { maxInFlight: 1, maxWeight: 10 });
    const all = [submit(1), submit(4), submit(5), submit(20), submit(2)];
    await tick();
    batches[0]?.finish();
    await tick();
    batches[1]?.finish();
    await tick();
    batches[2]?.finish();
    await tick();
    expect(batches.map((b) => b.items)).toEqual([[1], [4, 5], [20], [2]]);
    batches[3]?.finish();
    expect(await Promise.all(all)).toEqual([10, 40, 50, 200, 20]);
  });

  it('retries the items of a failed batch alone, so only a bad item fails', async () => {
    const seen: number[][] = [];
    const run = async (items: number[]) => {
      seen.push(items);
      if (items.includes(13)) throw new Error(`bad item in ${items.join(',')}`);
      return items.map((n) => n * 10);
    };
    const submit = batcher(run, () => 1, { maxInFlight: 1, maxWeight: 100 });
    const first = submit(1);
    const rest = [submit(2), submit(13), submit(4)];
    expect(await first).toBe(10);
    const settled = await Promise.allSettled(rest);
    expect(settled.map((r) => (r.status === 'fulfilled' ? r.value : 'rejected'))).toEqual([20, 'rejected', 40]);
    expect(settled[1]).toMatchObject({ reason: new Error('bad item in 13') });
    expect(seen).toEqual([[1], [2, 13, 4], [2], [13], [4]]);
    expect(await submit(5)).toBe(50);
  });

  it('fails a whole batch at once, without retries, when no item is to blame', async () => {
    const seen: number[][] = [];
    const lost = Object.assign(new Error('Connection terminated unexpectedly'), { whole: true });
    const run = async (items: number[]) => {
      seen.push(items);
      if (items.length > 1) throw lost;
      return items.map((n) => n * 10);
    };
    const submit = batcher(run, () => 1, {
      maxInFlight: 1,
      maxWeight: 100,
      failsWhole: (err) => (err as { whole?: boolean }).whole === true,
    });
    const first = submit(1);
    const rest = [submit(2), submit(3), submit(4)];
    expect(await first).toBe(10);
    const settled = await Promise.allSettled(rest);
    expect(settled.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(settled.every((r) => r.status === 'rejected' && r.reason === lost)).toBe(true);
    expect(seen).toEqual([[1], [2, 3, 4]]);
    expect(await submit(5)).toBe(50);
  });

  it('runs up to maxInFlight batches side by side', async () => {
    const { batches, run } = controlled();
    const submit = batcher(run, () => 1, { maxInFlight: 2, maxWeight: 100 });
    const all = [submit(1), submit(2), submit(3)];
    await tick();
    expect(batches.map((b) => b.items)).toEqual([[1], [2]]);
    batches[1]?.finish();
    await tick();
    expect(batches[2]?.items).toEqual([3]);
    batches[0]?.finish();
    batches[2]?.finish();
    expect(await Promise.all(all)).toEqual([10, 20, 30]);
  });

  it('rejects when run returns the wrong number of results', async () => {
    const submit = batcher(
      async () => [] as number[],
      () => 1,
      { maxInFlight: 1, maxWeight: 10 },
    );
    await expect(submit(1)).rejects.toThrow('batch returned 0 of 1');
  });
});
