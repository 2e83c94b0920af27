import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openMemory } from '#server/db/client';
import { isConnectionLoss } from '#server/db/pool-errors';
import { users } from '#server/db/schema/foundation';
import { describeError } from '#server/lib/describe-error';

/**
 * What reaches the log about a failed statement (docs/operations.md, "Logs"), and which errors
 * count as a lost connection (503) rather than a bug.
 */
let database: Database;
const HASH = 'scrypt$16384$8$1$c2FsdHNhbHQ=$a2V5a2V5a2V5';

beforeAll(async () => {
  database = await openMemory();
});
afterAll(async () => {
  await database?.close();
});

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (err) {
    return err;
  }
  throw new Error('the statement did not fail');
}

describe('describeError', () => {
  it('logs a failed insert by its SQL and the database code, never its parameters nor detail', async () => {
    const row = {
      email: 'dup@example.com',
      name: 'Dup',
      team: 'T',
      roles: ['viewer'],
      startedAt: new Date(),
      passwordHash: HASH,
    };
    await database.db.insert(users).values(row as never);
    const err = await failure(() => database.db.insert(users).values(row as never));
    const line = describeError(err, { stack: true });
    expect(line).toMatch(/^Failed query: insert into "users"/);
    expect(line).toContain('database error 23505: duplicate key value violates unique constraint');
    expect(line).not.toContain(HASH);
    expect(line).not.toContain('dup@example.com'); // the detail, "Key (email)=(…) already exists"
    expect(line).not.toContain('params');
    expect(line).toMatch(/\n\s+at /); // the stack frames are kept
  });

  it("cuts the quoted value from a data error's message", async () => {
    const err = await failure(() => database.db.execute(sql`SELECT ${'secret-value-123'}::uuid`));
    const line = describeError(err);
    expect(line).toContain('database error 22P02: invalid input syntax for type uuid: "…"');
    expect(line).not.toContain('secret-value-123');
  });

  it('describes other errors by name, message and code', () => {
    expect(
      describeError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })),
    ).toBe('connect ECONNREFUSED 127.0.0.1:5432');
    expect(describeError(new TypeError('x is not a function'))).toBe('TypeError: x is not a function');
    expect(describeError('plain')).toBe('plain');
    expect(describeError({ secret: HASH })).toBe('non-error thrown: object');
  });
});

describe('isConnectionLoss', () => {
  const pgError = (code: string, message = 'm') => Object.assign(new Error(message), { code, severity: 'FATAL' });
  const wrapped = (cause: unknown) =>
    Object.assign(new Error('Failed query: select 1\nparams: '), { query: 'select 1', params: [], cause });

  it.each([
    ['terminated by an administrator', pgError('57P01')],
    ['crash shutdown', pgError('57P02')],
    ['starting up', pgError('57P03')],
    ['connection failure', pgError('08006')],
    ['too many connections', pgError('53300')],
    ['a reset socket', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    [
      'a refused connection, wrapped',
      wrapped(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
    ],
    ['a dual-stack refusal', new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })], '')],
    ['the driver ending', wrapped(new Error('Connection terminated unexpectedly'))],
    ['a broken client', new Error('Client has encountered a connection error and is not queryable')],
    ['no connection in time', wrapped(new Error('timeout exceeded when trying to connect'))],
  ])('counts %s as a lost connection', (_label, err) => {
    expect(isConnectionLoss(err)).toBe(true);
  });

  it.each([
    ['a unique violation', wrapped(pgError('23505'))],
    ['a syntax error', pgError('42601')],
    ['a serialization failure', pgError('40001')],
    ['a message that merely mentions a connection', new Error('Connection settings saved')],
    ['nothing', undefined],
    ['a string', 'Connection terminated'],
  ])('does not count %s', (_label, err) => {
    expect(isConnectionLoss(err)).toBe(false);
  });
});
