import { cohortFigures, metricReadout, readoutSummary } from '#domain/pilots/readout';
import { type PilotReadout, READOUT_METRICS } from '#domain/schemas/pilots';
import type { Actor, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { lintAndRecord } from '#server/core/lint-and-record';
import { NotFoundError } from '#server/lib/errors';
import { presentPilot } from './pilots.present';
import * as repo from './pilots.repo';

const EMPTY = { size: 0, sends: 0, reached: 0, conversions: 0, unsubscribes: 0, complaints: 0 };

/**
 * The pilot's readout (docs/pilots.md, "Readout"): each cohort's figures from its members' tallies,
 * and per metric the difference, its interval, the sample needed and a verdict. It lives on the
 * proposal; the monthly review never shows it.
 */
export async function pilotReadout(db: DbContext, _actor: Actor, { id }: { id: string }): Promise<PilotReadout> {
  const view = await repo.findPilot(db.conn, id);
  if (!view) throw new NotFoundError('Pilot');
  const totals = await repo.cohortTotals(db.conn, id);
  const of = (cohort: 'pilot' | 'control') => {
    const { cohort: _c, ...t } = totals.find((r) => r.cohort === cohort) ?? { cohort, ...EMPTY };
    return cohortFigures(t);
  };
  const pilot = of('pilot');
  const control = of('control');
  const metrics = READOUT_METRICS.map((m) => metricReadout(m, pilot, control));
  return {
    pilot: presentPilot(view, db.clock.now()),
    cohorts: { pilot, control },
    metrics,
    summary: readoutSummary(metrics),
  };
}

/** Frontline feedback on a pilot, linted for retired language like every text people write. */
export async function addPilotNote(db: DbContext, actor: UserActor, input: { id: string; body: string }) {
  const noteId = await transaction(db, async (tx) => {
    const view = await repo.findPilot(tx.conn, input.id);
    if (!view) throw new NotFoundError('Pilot');
    const findings = await lintAndRecord(tx, actor, { text: input.body, field: 'pilot.note', sourceId: input.id });
    const at = tx.clock.now();
    const row = await repo.insertNote(tx.conn, {
      pilotId: input.id,
      authorId: actor.id,
      body: input.body,
      findings,
      at,
    });
    await recordAudit(tx, actor, {
      action: 'pilots.note_added',
      target: { type: 'proposal', id: view.pilot.proposalId },
      after: { pilotId: input.id, noteId: row.id, findings },
    });
    return row.id;
  });
  const note = (await repo.notesOf(db.conn, input.id)).find((n) => n.id === noteId);
  if (!note) throw new Error('note vanished after commit');
  return presentNote(note);
}

export async function pilotNotesOf(db: DbContext, _actor: Actor, { id }: { id: string }) {
  const view = await repo.findPilot(db.conn, id);
  if (!view) throw new NotFoundError('Pilot');
  return { items: (await repo.notesOf(db.conn, id)).map(presentNote) };
}

const presentNote = (n: repo.NoteRow) => ({
  id: n.id,
  body: n.body,
  findings: n.findings,
  at: n.at.toISOString(),
  author: { id: n.authorId, name: n.authorName },
});
