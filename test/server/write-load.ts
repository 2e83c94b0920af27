import pg from 'pg';

/**
 * Concurrent writers against a running app, for tests that break the database under them:
 * contact upserts (one transaction each) and firewall checks (group-committed batches). Every
 * answer is kept, with what a 2xx acknowledged, so that the test can look for it afterwards.
 */
export type Outcome = {
  kind: 'contact' | 'check';
  /** 0: no HTTP answer at all (the app was not there). */
  status: number;
  at: number;
  code?: string;
  retryAfter?: string | null;
  /** What a 2xx acknowledged: the contact's id, or the check's request id. */
  written?: string;
};

export function writeLoad(base: string, token: string, { contactWriters = 6, checkers = 3 } = {}) {
  let running = true;
  const outcomes: Outcome[] = [];
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

  const call = async (
    kind: Outcome['kind'],
    init: RequestInit & { url: string },
    written: (body: unknown) => string,
  ) => {
    const at = Date.now();
    let res: Response;
    try {
      res = await fetch(init.url, { ...init, signal: AbortSignal.timeout(30_000) });
    } catch {
      outcomes.push({ kind, status: 0, at });
      await new Promise((r) => setTimeout(r, 50));
      return;
    }
    const body = (await res.json().catch(() => null)) as { code?: string } | null;
    const outcome: Outcome = {
      kind,
      status: res.status,
      at,
      code: body?.code,
      retryAfter: res.headers.get('retry-after'),
    };
    if (res.ok) outcome.written = written(body);
    outcomes.push(outcome);
    // A writer told to wait does not spin; the test's faults last long enough to be met anyway.
    if (res.status === 503) await new Promise((r) => setTimeout(r, 50));
  };

  const contactWriter = async (w: number) => {
    for (let n = 0; running; n++) {
      const id = `fault-${w}-${n}`;
      await call(
        'contact',
        {
          url: `${base}/api/contacts`,
          method: 'PUT',
          headers,
          body: JSON.stringify({ contacts: [{ id, attributes: { writer: w, n } }] }),
        },
        () => id,
      );
    }
  };
  const checker = async () => {
    while (running) {
      await call(
        'check',
        {
          url: `${base}/api/firewall/check`,
          method: 'POST',
          headers,
          body: JSON.stringify({ channel: 'email', contactIds: ['CRM-100001', 'CRM-100002'] }),
        },
        (body) => (body as { requestId: string }).requestId,
      );
    }
  };

  const workers = [
    ...Array.from({ length: contactWriters }, (_, w) => contactWriter(w)),
    ...Array.from({ length: checkers }, () => checker()),
  ];
  return {
    outcomes,
    /** 2xx answers that arrived after `since` (ms since the epoch). */
    okSince: (since: number) => outcomes.filter((o) => o.at >= since && o.status >= 200 && o.status < 300).length,
    stop: async () => {
      running = false;
      await Promise.all(workers);
      return outcomes;
    },
  };
}

/** The acknowledged writes that the database does not hold. */
export async function missingWrites(url: string, outcomes: Outcome[]): Promise<string[]> {
  const contacts = outcomes.filter((o) => o.kind === 'contact' && o.written).map((o) => o.written as string);
  const checks = outcomes.filter((o) => o.kind === 'check' && o.written).map((o) => o.written as string);
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const found = await client.query<{ id: string }>(
      `SELECT id FROM contacts WHERE id = ANY($1::text[])
       UNION ALL SELECT id::text FROM firewall_requests WHERE id = ANY($2::uuid[])`,
      [contacts, checks],
    );
    const present = new Set(found.rows.map((r) => r.id));
    return [...contacts, ...checks].filter((id) => !present.has(id));
  } finally {
    await client.end();
  }
}

/** Requests, 503s and anything else than 2xx or 503, for the assertions and the figures. */
export function tally(outcomes: Outcome[]) {
  const ok = outcomes.filter((o) => o.status >= 200 && o.status < 300);
  const unavailable = outcomes.filter((o) => o.status === 503);
  const other = outcomes.filter((o) => !(o.status >= 200 && o.status < 300) && o.status !== 503);
  return { requests: outcomes.length, ok: ok.length, unavailable, other, acknowledged: ok.length };
}
