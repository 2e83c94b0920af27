import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { ExceptionStep } from '#domain/schemas/exceptions';
import { useSaveDraft } from '../api/save-draft';
import { draftFromValues, type WizardValues } from '../utils/wizard-steps';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string };

type Options = {
  form: UseFormReturn<WizardValues>;
  step: ExceptionStep;
  draftId: string | null;
  /** The server gave the new draft its id (first save). */
  onCreated: (id: string) => void;
  /** Off once the request is being filed: the draft becomes the request. */
  enabled: boolean;
  delayMs?: number;
};

/**
 * Saves the wizard to the server as the person goes: shortly after they stop typing and at once on
 * every step change. Saves run one at a time, so the first (which creates the draft) is never
 * raced by a second create.
 */
export function useDraftAutosave({ form, step, draftId, onCreated, enabled, delayMs = 1200 }: Options) {
  const save = useSaveDraft();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const id = useRef(draftId);
  const dirty = useRef(false);
  const stepRef = useRef(step);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<void> | null>(null);
  const enabledRef = useRef(enabled);
  enabledRef.current = enabled;
  stepRef.current = step;
  // The mutation and callback change identity every render; the saver must not, or re-rendering
  // would drop the pending timer.
  const mutate = useRef(save.mutateAsync);
  mutate.current = save.mutateAsync;
  const created = useRef(onCreated);
  created.current = onCreated;

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current;
    if (!dirty.current || !enabledRef.current) return !dirty.current;
    dirty.current = false;
    setState({ kind: 'saving' });
    let ok = true;
    const run = mutate
      .current({ id: id.current, input: draftFromValues(stepRef.current, form.getValues()) })
      .then((draft) => {
        if (!id.current) {
          id.current = draft.id;
          created.current(draft.id);
        }
        setState(dirty.current ? { kind: 'pending' } : { kind: 'saved', at: new Date(draft.updatedAt) });
      })
      .catch((err: Error) => {
        ok = false;
        dirty.current = true;
        setState({ kind: 'error', message: err.message });
      })
      .finally(() => {
        inFlight.current = null;
      });
    inFlight.current = run;
    await run;
    return ok;
  }, [form]);

  useEffect(() => {
    const subscription = form.watch(() => {
      if (!enabledRef.current) return;
      dirty.current = true;
      setState({ kind: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer.current);
    };
  }, [form, flush, delayMs]);

  // A step change is saved at once (the step is part of the draft), once there is something to keep.
  const lastStep = useRef(step);
  useEffect(() => {
    if (lastStep.current === step) return;
    lastStep.current = step;
    if (!enabledRef.current || (!id.current && !dirty.current)) return;
    dirty.current = true;
    void flush();
  }, [step, flush]);

  const unsaved = state.kind === 'pending' || state.kind === 'saving' || state.kind === 'error';
  return { state, flush, unsaved };
}
