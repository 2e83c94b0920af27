import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from './harness';
import { evaluationContact, json, reportSend } from './review-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const ANSWER = 'Quarter-end targets pushed two override attempts on Evaluation; the logic held.';

describe('running a review', () => {
  it('starts the timer once: a second start keeps the first time', async () => {
    const ops = await t.as(DEMO.ops);
    const first = await json(await ops.post('/api/reviews/2026-06/start'));
    expect(first.timerStartedAt).toBe('2026-11-15T12:00:00.000Z');
    expect(first.timerStartedBy.name).toBe('Omar Haddad');
    t.clock.advance(60_000);
    const again = await json(await (await t.as(DEMO.marketer)).post('/api/reviews/2026-06/start'));
    expect(again.timerStartedAt).toBe(first.timerStartedAt);
    t.clock.advance(-60_000);
  });

  it('keeps notes and action items per agenda item, with retired language counted', async () => {
    const mia = await t.as(DEMO.marketer);
    const note = await mia.post('/api/reviews/2026-06/notes', {
      item: 'dwellAnomalies',
      body: 'Evaluation stays are long; nobody should try to wake them up.',
    });
    expect(note.status).toBe(201);
    expect(await json(note)).toMatchObject({
      item: 'dwellAnomalies',
      kind: 'note',
      findings: 1,
      author: { name: 'Mia Lindqvist' },
    });

    const users = await json(await mia.get('/api/users'));
    const dana = users.items.find((u: { email: string }) => u.email === DEMO.owner);
    const action = await mia.post('/api/reviews/2026-06/actions', {
      item: 'dwellAnomalies',
      description: 'Review the Evaluation dwell range',
      assigneeId: dana.id,
      due: '2026-12-01',
    });
    expect(action.status).toBe(201);
    expect(await json(action)).toMatchObject({ assignee: { name: 'Dana Reyes' }, due: '2026-12-01', findings: 0 });

    const review = await json(await mia.get('/api/reviews/2026-06'));
    expect(review.notes).toHaveLength(1);
    expect(review.actions).toHaveLength(1);
  });

  it('names each bad field of a note or an action', async () => {
    const ops = await t.as(DEMO.ops);
    const cases: [string, unknown, string][] = [
      ['/notes', { item: 'revenue', body: 'x' }, 'item'],
      ['/notes', { item: 'pressure', body: '   ' }, 'body'],
      [
        '/actions',
        { item: 'pressure', description: 'Follow up', assigneeId: '00000000-0000-4000-8000-000000000000' },
        'assigneeId',
      ],
      ['/actions', { item: 'pressure', description: 'Follow up', due: '01/12/2026' }, 'due'],
    ];
    for (const [path, body, field] of cases) {
      const res = await ops.post(`/api/reviews/2026-07${path}`, body);
      expect(res.status, field).toBe(422);
      expect(
        (await json(res)).issues.map((i: { path: string[] }) => i.path[0]),
        field,
      ).toContain(field);
    }
  });

  it('needs the answer to “Where did pressure show up this month?” to complete', async () => {
    const ops = await t.as(DEMO.ops);
    for (const body of [{}, { pressureAnswer: '  ' }]) {
      const res = await ops.post('/api/reviews/2026-05/complete', body);
      expect(res.status).toBe(422);
      const err = await json(res);
      expect(err.issues[0].path).toEqual(['pressureAnswer']);
      expect(err.message).toContain('pressureAnswer');
    }
    expect((await json(await ops.get('/api/reviews/2026-05'))).status).toBe('open');
  });

  it('freezes the figures at completion: later sends and override attempts do not change them', async () => {
    const owner = await t.as(DEMO.owner);
    const ops = await t.as(DEMO.ops);
    const done = await owner.post('/api/reviews/2026-11/complete', { pressureAnswer: ANSWER });
    expect(done.status).toBe(200);
    const completed = await json(done);
    expect(completed).toMatchObject({
      status: 'completed',
      completedAt: '2026-11-15T12:00:00.000Z',
      completedBy: { name: 'Dana Reyes' },
    });
    expect(completed.agenda.pressure.answer).toBe(ANSWER);
    const before = await json(await owner.get('/api/reviews/2026-11'));
    const metricsBefore = await json(await ops.get('/api/metrics/governance?month=2026-11'));

    // New data for the same month arrives after completion.
    const contact = await evaluationContact(t);
    const sent = await reportSend(ops, contact, 'late-leak-1', '2026-11-14T09:00:00Z');
    expect(sent.violations).toHaveLength(1);
    expect(
      (await (await t.as(DEMO.marketer)).post('/api/firewall/override', { reason: 'Just this once' })).status,
    ).toBe(403);

    const metricsAfter = await json(await ops.get('/api/metrics/governance?month=2026-11'));
    expect(metricsAfter.pauseViolations).toBe(metricsBefore.pauseViolations + 1);
    expect(metricsAfter.overrideAttempts).toBe(metricsBefore.overrideAttempts + 1);
    const after = await json(await owner.get('/api/reviews/2026-11'));
    expect(after.agenda).toEqual(before.agenda);
    expect(after.agenda).toEqual(completed.agenda);
  });

  it('accepts only corrections after completion', async () => {
    const ops = await t.as(DEMO.ops);
    expect((await ops.post('/api/reviews/2026-04/complete', { pressureAnswer: ANSWER })).status).toBe(200);
    const correction = await ops.post('/api/reviews/2026-04/notes', {
      item: 'pauseViolations',
      body: 'The leak source was the old tool.',
    });
    expect(correction.status).toBe(201);
    expect((await json(correction)).kind).toBe('correction');
    const refused: [string, unknown][] = [
      ['/notes', { item: 'pressure', body: 'A late note', kind: 'note' }],
      ['/actions', { item: 'pressure', description: 'Too late' }],
      ['/start', undefined],
      ['/complete', { pressureAnswer: 'Again' }],
    ];
    for (const [path, body] of refused) {
      const res = await ops.post(`/api/reviews/2026-04${path}`, body);
      expect(res.status, path).toBe(409);
      expect((await json(res)).code, path).toBe('review_completed');
    }
    const review = await json(await ops.get('/api/reviews/2026-04'));
    expect(review.notes.map((n: { kind: string }) => n.kind)).toEqual(['correction']);
  });

  it('takes no corrections while the review is still open', async () => {
    const res = await (await t.as(DEMO.ops)).post('/api/reviews/2026-03/notes', {
      item: 'pressure',
      body: 'Nothing to correct yet',
      kind: 'correction',
    });
    expect(res.status).toBe(409);
  });

  it('exports a completed review as Markdown, and refuses to export an open one', async () => {
    const owner = await t.as(DEMO.owner);
    await owner.post('/api/reviews/2026-02/notes', { item: 'pressure', body: 'Sales asked | twice' });
    expect(
      (await owner.post('/api/reviews/2026-02/complete', { pressureAnswer: 'Nowhere new.\nSales asked twice.' }))
        .status,
    ).toBe(200);
    const res = await owner.get('/api/reviews/2026-02/export.md');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/markdown');
    expect(res.headers.get('content-disposition')).toContain('charter-review-2026-02.md');
    const md = await res.text();
    expect(md).toContain('# Monthly segmentation review — February 2026');
    expect(md).toContain('## 1. Pause violations');
    expect(md).toContain('## 5. Pressure');
    expect(md).toContain('> Nowhere new.\n> Sales asked twice.');
    expect(md).toContain('Sales asked \\| twice — Dana Reyes');
    const open = await owner.get('/api/reviews/2026-01/export.md');
    expect(open.status).toBe(409);
  });

  it('lists reviews newest first with their headline numbers, the demo months completed', async () => {
    const viewer = await t.as(DEMO.viewer);
    const { items } = await json(await viewer.get('/api/reviews'));
    const months = items.map((i: { month: string }) => i.month);
    expect(months[0]).toBe('2026-11');
    expect(months).toEqual([...months].sort().reverse());
    for (const month of ['2026-08', '2026-09', '2026-10']) {
      const listed = items.find((i: { month: string }) => i.month === month);
      const review = await json(await viewer.get(`/api/reviews/${month}`));
      expect(review.status, month).toBe('completed');
      expect(listed, month).toMatchObject({
        status: 'completed',
        completedAt: review.completedAt,
        completedBy: { name: 'Dana Reyes' },
        headline: {
          pauseViolations: review.agenda.pauseViolations.count,
          dwellAnomalies: review.agenda.dwellAnomalies.flaggedCount,
          disallowedTransitions: review.agenda.dwellAnomalies.transitions.count,
          suppressed: review.agenda.suppressedVolume.total,
          exceptionRequests: review.agenda.exceptionRequests.total,
          overrideAttempts: review.agenda.pressure.overrideAttempts,
        },
      });
    }
  });
});

describe('who runs the review', () => {
  it('lets a viewer follow it and write nothing: no timer, notes, actions or completion', async () => {
    const [vera, dana] = [await t.as(DEMO.viewer), await t.as(DEMO.owner)];
    const audits = async () => (await json(await dana.get('/api/audit?limit=1'))).total;
    const before = { review: await json(await vera.get('/api/reviews/2026-01')), audits: await audits() };
    const writes: [string, unknown][] = [
      ['/start', undefined],
      ['/notes', { item: 'pressure', body: 'A viewer’s note' }],
      ['/notes', { surprise: true }],
      ['/actions', { item: 'pressure', description: 'A viewer’s action' }],
      ['/complete', { pressureAnswer: ANSWER }],
      ['/complete', {}],
    ];
    for (const [path, body] of writes) {
      const res = await vera.post(`/api/reviews/2026-01${path}`, body);
      expect(res.status, path).toBe(403);
      expect((await json(res)).code, path).toBe('forbidden');
    }
    const after = await json(await vera.get('/api/reviews/2026-01'));
    expect(after).toEqual(before.review);
    // Only the refusals were recorded, one each.
    expect(await audits()).toBe(before.audits + writes.length);
  });

  it('lets marketers take part, and only the owner or operations complete it, which freezes the month', async () => {
    const mia = await t.as(DEMO.marketer);
    expect((await mia.post('/api/reviews/2025-12/start')).status).toBe(200);
    expect((await mia.post('/api/reviews/2025-12/notes', { item: 'pressure', body: 'Sales asked once.' })).status).toBe(
      201,
    );
    for (const body of [{ pressureAnswer: ANSWER }, {}]) {
      const res = await mia.post('/api/reviews/2025-12/complete', body);
      expect(res.status).toBe(403);
      expect((await json(res)).code).toBe('forbidden');
    }
    expect((await json(await mia.get('/api/reviews/2025-12'))).status).toBe('open');
    const ops = await t.as(DEMO.ops);
    expect((await ops.post('/api/reviews/2025-12/complete', { pressureAnswer: ANSWER })).status).toBe(200);
    expect((await json(await mia.get('/api/reviews/2025-12'))).status).toBe('completed');
  });
});
