type Pending<In, Out> = { item: In; weight: number; resolve: (out: Out) => void; reject: (err: unknown) => void };

export type BatcherOptions = {
  /** Batches running at once; the rest wait and grow. */
  maxInFlight: number;
  /** A batch's total weight (say, contacts); one item heavier than this still runs, alone. */
  maxWeight: number;
  /**
   * Failures that are not any item's fault (a lost database connection): every item of the
   * batch is rejected with the error at once, not retried alone. A retry could apply twice a
   * write whose commit went through unacknowledged, and would only fail again.
   */
  failsWhole?: (err: unknown) => boolean;
};

/**
 * Group commit for many concurrent callers: an item submitted while `maxInFlight` batches are
 * running waits, and everything that waited goes together in the next batch. With no load an item
 * runs at once on its own; under load a batch is whatever arrived during one round trip, so round
 * trips and commits grow far more slowly than requests. `run` returns one result per item, in
 * order. If a batch of several fails, each of its items is run again on its own, so only the items
 * that fail alone are rejected, unless the failure is the batch's as a whole (`failsWhole`).
 */
export function batcher<In, Out>(
  run: (items: In[]) => Promise<Out[]>,
  weigh: (item: In) => number,
  options: BatcherOptions,
): (item: In) => Promise<Out> {
  const queue: Pending<In, Out>[] = [];
  let inFlight = 0;

  const takeBatch = () => {
    const first = queue.shift() as Pending<In, Out>;
    const batch = [first];
    let weight = first.weight;
    while (queue.length > 0 && weight + (queue[0] as Pending<In, Out>).weight <= options.maxWeight) {
      const next = queue.shift() as Pending<In, Out>;
      weight += next.weight;
      batch.push(next);
    }
    return batch;
  };

  const pump = () => {
    while (inFlight < options.maxInFlight && queue.length > 0) {
      const batch = takeBatch();
      inFlight++;
      Promise.resolve()
        .then(() => run(batch.map((p) => p.item)))
        .then((outs) => {
          if (outs.length !== batch.length) throw new Error(`batch returned ${outs.length} of ${batch.length}`);
          batch.forEach((p, i) => {
            p.resolve(outs[i] as Out);
          });
        })
        .catch((err: unknown) => {
          if (batch.length === 1 || options.failsWhole?.(err)) {
            for (const p of batch) p.reject(err);
            return;
          }
          // One bad item must not fail its neighbours: try each alone, so only it fails.
          for (const p of batch) {
            Promise.resolve()
              .then(() => run([p.item]))
              .then((outs) => {
                if (outs.length !== 1) throw err;
                p.resolve(outs[0] as Out);
              })
              .catch(p.reject);
          }
        })
        .finally(() => {
          inFlight--;
          pump();
        });
    }
  };

  return (item) =>
    new Promise<Out>((resolve, reject) => {
      queue.push({ item, weight: weigh(item), resolve, reject });
      pump();
    });
}
