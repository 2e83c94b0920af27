import { DIAGNOSTIC_QUESTIONS, SCORE_LABELS, SCORE_MAX, THEME_LABELS } from '#domain/instruments/diagnostic';
import type { Diagnostic } from '#domain/schemas/diagnostics';
import { Button } from '#src/components/ui/button';
import { DownloadLink } from '#src/components/ui/download-link';
import { TableWrap } from '#src/components/ui/table-wrap';
import { diagnosticExportHref } from '../api/get-diagnostic';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The scored report: themes with their change since the previous one, the weakest area and its next steps, every answer. */
export function DiagnosticReport({ diagnostic: d }: { diagnostic: Diagnostic }) {
  return (
    <article className="diagnostic-report" aria-labelledby="report-title">
      <header className="report-header">
        <h2 id="report-title">
          Overall {d.result.overall} of {SCORE_MAX}
        </h2>
        <p className="muted">
          Taken by {d.takenBy.name} on {d.takenAt.slice(0, 10)}.{' '}
          {d.previous
            ? `Compared with the diagnostic of ${d.previous.takenAt.slice(0, 10)}.`
            : 'The first diagnostic: nothing to compare with yet.'}
        </p>
        <div className="form-actions no-print">
          <DownloadLink className="btn btn-secondary" href={diagnosticExportHref(d.id)}>
            Download as Markdown
          </DownloadLink>
          <Button onClick={() => window.print()}>Print</Button>
        </div>
      </header>
      <section className="card" aria-labelledby="themes-title">
        <h3 id="themes-title">Scores by theme</h3>
        <TableWrap label="Each theme’s score and its change since the previous diagnostic">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Theme</th>
                <th scope="col">Score</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {d.result.themes.map((t) => (
                <tr key={t.theme} className={t.theme === d.result.weakest ? 'weakest' : undefined}>
                  <th scope="row">{THEME_LABELS[t.theme]}</th>
                  <td>
                    <meter min={0} max={SCORE_MAX} value={t.score} aria-hidden="true" /> {t.score}
                  </td>
                  <td>{t.delta === null ? '–' : signed(t.delta)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>
      <section className="card card-accent" aria-labelledby="weakest-title">
        <h3 id="weakest-title">Weakest area: {THEME_LABELS[d.result.weakest]}</h3>
        <ul>
          {d.result.nextSteps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="answers-title">
        <h3 id="answers-title">Answers</h3>
        <ol className="diagnostic-answers">
          {DIAGNOSTIC_QUESTIONS.map((q) => {
            const a = d.answers.find((x) => x.question === q.key);
            return (
              <li key={q.key}>
                <p>
                  <strong>{q.text}</strong>
                </p>
                <p>{a ? `Score ${a.score} of ${SCORE_MAX}: ${SCORE_LABELS[a.score] ?? ''}.` : 'Not answered.'}</p>
                {a?.observed ? <p className="muted">Charter observed: {a.observed}</p> : null}
                {a?.note ? <blockquote>{a.note}</blockquote> : null}
              </li>
            );
          })}
        </ol>
      </section>
    </article>
  );
}
