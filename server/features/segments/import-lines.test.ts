import { describe, expect, it } from 'vitest';
import { AppError } from '#server/lib/errors';
import { bodyLines } from './import-lines';

describe('bodyLines', () => {
  it('gives up on a body that stops sending, with a 408 naming the wait', async () => {
    const enc = new TextEncoder();
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      async pull(c) {
        if (sent) return new Promise<void>(() => undefined); // never another byte
        sent = true;
        c.enqueue(enc.encode('{"id":"a","attributes":{}}\n'));
      },
    });
    const seen: number[] = [];
    const reading = (async () => {
      for await (const lines of bodyLines(body, 50)) seen.push(...lines.map((l) => l.line));
    })();
    const err = await reading.catch((e: unknown) => e);
    expect(seen).toEqual([1]);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ status: 408, code: 'body_timeout' });
  });
});
