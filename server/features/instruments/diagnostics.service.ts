import { type DiagnosticAnswer, diagnosticResult, themeScores } from '#domain/instruments/diagnostic';
import type { CreateDiagnosticInput, Diagnostic, DiagnosticList } from '#domain/schemas/diagnostics';
import type { Actor, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { lintAndRecord } from '#server/core/lint-and-record';
import type { StoredDiagnosticAnswer } from '#server/db/schema/instruments';
import { randomUuid } from '#server/lib/crypto';
import { NotFoundError } from '#server/lib/errors';
import * as repo from './diagnostics.repo';
import { diagnosticObservations } from './observations';

/**
 * A diagnostic as the report shows it, compared with the one taken before it. The comparison is
 * computed on reading, from the stored answers, so the scoring rule lives in one place (domain).
 */
async function present(db: DbContext, row: repo.DiagnosticRow): Promise<Diagnostic> {
  const previous = await repo.diagnosticBefore(db.conn, row);
  const result = diagnosticResult(row.answers, previous ? themeScores(previous.answers) : null);
  return {
    id: row.id,
    takenAt: row.takenAt.toISOString(),
    takenBy: { id: row.takenBy, name: row.takenByName },
    answers: row.answers,
    result: { ...result, nextSteps: [...result.nextSteps] },
    previous: previous ? { id: previous.id, takenAt: previous.takenAt.toISOString() } : null,
  };
}

/**
 * Records a diagnostic (owner, operations): every answer with its linted note and what Charter
 * observed for its question at that moment; insert and audit entry in one transaction.
 */
export async function takeDiagnostic(
  db: DbContext,
  actor: UserActor,
  input: CreateDiagnosticInput,
): Promise<Diagnostic> {
  const observed = new Map((await diagnosticObservations(db, actor)).map((o) => [o.question, o.basis]));
  const id = randomUuid();
  await transaction(db, async (tx) => {
    const answers: StoredDiagnosticAnswer[] = [];
    for (const a of input.answers) {
      const findings = await lintAndRecord(tx, actor, { text: a.note, field: 'diagnostic.note', sourceId: id });
      answers.push({ ...a, findings, observed: observed.get(a.question) ?? null });
    }
    const result = diagnosticResult(answers as DiagnosticAnswer[]);
    await repo.insertDiagnostic(tx.conn, {
      id,
      takenBy: actor.id,
      takenAt: tx.clock.now(),
      answers,
      overall: result.overall,
    });
    await recordAudit(tx, actor, {
      action: 'diagnostics.taken',
      target: { type: 'diagnostic', id },
      after: {
        overall: result.overall,
        weakest: result.weakest,
        scores: Object.fromEntries(answers.map((a) => [a.question, a.score])),
        findings: answers.reduce((n, a) => n + a.findings, 0),
      },
    });
  });
  return getDiagnostic(db, actor, { id });
}

export async function getDiagnostic(db: DbContext, _actor: Actor, { id }: { id: string }): Promise<Diagnostic> {
  const row = await repo.findDiagnostic(db.conn, id);
  if (!row) throw new NotFoundError('Diagnostic');
  return present(db, row);
}

/** The diagnostics taken, newest first, and what Charter observes now to pre-fill the next one. */
export async function listDiagnostics(db: DbContext, actor: Actor): Promise<DiagnosticList> {
  const rows = await repo.listDiagnostics(db.conn);
  return {
    items: rows.map((r) => ({
      id: r.id,
      takenAt: r.takenAt.toISOString(),
      takenBy: { id: r.takenBy, name: r.takenByName },
      overall: r.overall,
      weakest: diagnosticResult(r.answers).weakest,
    })),
    observed: await diagnosticObservations(db, actor),
  };
}
