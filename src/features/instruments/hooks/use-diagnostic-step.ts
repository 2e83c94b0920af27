import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { type DiagnosticStep, parseStep } from '../utils/diagnostic-steps';

/** The diagnostic's step lives in the address (?step=decisions): back, forward and reload keep the place. */
export function useDiagnosticStep() {
  const [params, setParams] = useSearchParams();
  const step = parseStep(params.get('step'));
  const goTo = useCallback(
    (next: DiagnosticStep) =>
      setParams((prev) => {
        const p = new URLSearchParams(prev);
        p.set('step', next);
        return p;
      }),
    [setParams],
  );
  return { step, goTo };
}
