import { IMPORT_LIMITS } from '#domain/schemas/contacts';
import { AppError, invalid } from '#server/lib/errors';

export type Line = { line: number; text: string };

const tooLarge = () =>
  new AppError(413, 'payload_too_large', `An import is at most ${IMPORT_LIMITS.bytes / 1024 ** 2} MB.`);

/**
 * The lines of a streamed body, numbered from 1, read as they arrive, a chunk's worth at a time
 * (one await per chunk rather than per line): nothing holds more than a chunk and the line being
 * assembled. Blank lines are skipped. The body must be UTF-8 (a byte
 * that is not is refused, not replaced) and within IMPORT_LIMITS: its bytes, and each line's
 * characters, counted before a line is assembled whole.
 */
export async function* bodyLines(
  body: ReadableStream<Uint8Array> | null,
  idleMs: number = IMPORT_LIMITS.idleSeconds * 1000,
): AsyncGenerator<Line[]> {
  if (!body) return;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const reader = body.getReader();
  let bytes = 0;
  let line = 1;
  let pending = '';
  const decode = (chunk?: Uint8Array) => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw invalid([{ path: ['line', line], message: 'Not UTF-8 text' }]);
    }
  };
  try {
    for (;;) {
      const { done, value } = await withinIdle(reader.read(), idleMs).catch((err: unknown) => {
        if (err instanceof AppError) throw err;
        throw new AppError(400, 'bad_request', `The request body could not be read: ${(err as Error).message}`);
      });
      if (value) {
        bytes += value.length;
        if (bytes > IMPORT_LIMITS.bytes) throw tooLarge();
      }
      const text = done ? decode() : decode(value);
      const lines: Line[] = [];
      let start = 0;
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        const whole = pending + text.slice(start, end);
        pending = '';
        start = end + 1;
        if (whole.length > IMPORT_LIMITS.lineChars) throw longLine(line);
        if (whole.trim() !== '') lines.push({ line, text: whole });
        line++;
      }
      if (lines.length > 0) yield lines;
      pending += text.slice(start);
      if (pending.length > IMPORT_LIMITS.lineChars) throw longLine(line);
      if (done) break;
    }
    if (pending.trim() !== '') yield [{ line, text: pending }];
  } finally {
    // A refused line leaves the rest unread: stop the upload rather than buffer it.
    await reader.cancel().catch(() => undefined);
  }
}

const longLine = (line: number) =>
  invalid([
    { path: ['line', line], message: `Longer than ${IMPORT_LIMITS.lineChars.toLocaleString('en')} characters` },
  ]);

/**
 * The import holds the membership lock and a database connection while it reads: an upload that
 * stops sending gives both back after `idleMs` instead of Node's request timeout
 * (docs/decisions/026-a-bulk-import.md).
 */
function withinIdle<T>(read: Promise<T>, idleMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const idle = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new AppError(
            408,
            'body_timeout',
            `No part of the file arrived for ${idleMs / 1000} s: nothing was imported. Send it again without pausing.`,
          ),
        ),
      idleMs,
    );
  });
  return Promise.race([read, idle]).finally(() => clearTimeout(timer));
}
