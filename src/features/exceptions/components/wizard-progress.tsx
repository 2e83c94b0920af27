import { Link } from 'react-router';
import type { ExceptionStep } from '#domain/schemas/exceptions';
import { stepIndex, WIZARD_STEPS } from '../utils/wizard-steps';

type Props = { current: ExceptionStep; hrefOf: (step: ExceptionStep) => string };

/** Where the person is in the protocol; earlier steps are links back, later ones open by continuing. */
export function WizardProgress({ current, hrefOf }: Props) {
  const at = stepIndex(current);
  return (
    <nav aria-label="Exception request steps">
      <ol className="wizard-steps">
        {WIZARD_STEPS.map((s, i) => {
          const label = `${i + 1}. ${s.title}`;
          const state = i < at ? 'done' : i === at ? 'current' : 'todo';
          return (
            <li key={s.id} className={`wizard-step wizard-step-${state}`}>
              {i < at ? (
                <Link to={hrefOf(s.id)}>
                  {label}
                  <span className="visually-hidden"> (done)</span>
                </Link>
              ) : (
                <span aria-current={i === at ? 'step' : undefined}>{label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
