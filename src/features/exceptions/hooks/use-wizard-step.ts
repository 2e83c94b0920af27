import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { ExceptionStep } from '#domain/schemas/exceptions';
import { parseStep } from '../utils/wizard-steps';

/**
 * The wizard's step lives in the address (?step=risk), so back, forward and reload keep the place.
 * Moving between steps pushes a history entry; bookkeeping (the draft's id) replaces the current one.
 */
export function useWizardStep() {
  const [params, setParams] = useSearchParams();
  const step = parseStep(params.get('step'));

  const hrefOf = useCallback(
    (next: ExceptionStep) => {
      const p = new URLSearchParams(params);
      p.set('step', next);
      return `?${p}`;
    },
    [params],
  );

  const goTo = useCallback(
    (next: ExceptionStep, replace = false) =>
      setParams(
        (prev) => {
          const p = new URLSearchParams(prev);
          p.set('step', next);
          return p;
        },
        { replace },
      ),
    [setParams],
  );

  const setDraftId = useCallback(
    (id: string) =>
      setParams(
        (prev) => {
          const p = new URLSearchParams(prev);
          p.set('draft', id);
          return p;
        },
        { replace: true },
      ),
    [setParams],
  );

  return { step, hasStep: params.has('step'), hrefOf, goTo, setDraftId };
}
