import { THEME_LABELS } from '#domain/instruments/diagnostic';
import { DIAGNOSTIC_STEPS, type DiagnosticStep, stepIndex } from '../utils/diagnostic-steps';

const label = (s: DiagnosticStep) => (s === 'review' ? 'Review and submit' : THEME_LABELS[s]);

/** Where the person is in the diagnostic: the steps, the current one marked, and a progress bar. */
export function DiagnosticProgress({ current }: { current: DiagnosticStep }) {
  const at = stepIndex(current);
  return (
    <nav aria-label="Diagnostic steps" className="diagnostic-progress">
      <p id="diagnostic-progress-label">
        Step {at + 1} of {DIAGNOSTIC_STEPS.length}: {label(current)}
      </p>
      <progress max={DIAGNOSTIC_STEPS.length} value={at + 1} aria-labelledby="diagnostic-progress-label" />
      <ol className="diagnostic-steps">
        {DIAGNOSTIC_STEPS.map((s, i) => (
          <li key={s} className={`diagnostic-step diagnostic-step-${i < at ? 'done' : i === at ? 'current' : 'todo'}`}>
            <span aria-current={i === at ? 'step' : undefined}>
              {i + 1}. {label(s)}
              {i < at ? <span className="visually-hidden"> (done)</span> : null}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
