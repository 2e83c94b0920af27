import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { FormProvider, type Path, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { sameDefinition, UNCHANGED_LOGIC_MESSAGE } from '#domain/exceptions/same-definition';
import type { ExceptionStep } from '#domain/schemas/exceptions';
import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { Loading } from '#src/components/ui/states';
import { isApiError } from '#src/lib/api-client';
import { campaignQuery } from '#src/shared/queries/get-campaign';
import { useOwner } from '#src/shared/queries/get-owner';
import { segmentQuery } from '#src/shared/queries/get-segment';
import { useSegments } from '#src/shared/queries/get-segments';
import { definitionOf } from '#src/shared/segment-definition/definition-of';
import { useFileException } from '../api/file-exception';
import { useDraftAutosave } from '../hooks/use-draft-autosave';
import { useLeaveGuard } from '../hooks/use-leave-guard';
import { useWizardStep } from '../hooks/use-wizard-step';
import {
  loadWizardValidator,
  stepIndex,
  toCreateInput,
  WIZARD_STEPS,
  type WizardValues,
  wizardResolver,
} from '../utils/wizard-steps';
import { SaveStatus } from './save-status';
import { SegmentStep } from './segment-step';
import { WizardProgress } from './wizard-progress';

// The first step loads with the page; the later ones (the linter, the criteria editor, the impact
// preview, the diff) and the leave dialog load when they are reached (docs/architecture.md, "Loading").
const RiskStep = lazy(() => import('./risk-step').then((m) => ({ default: m.RiskStep })));
const ProtocolStep = lazy(() => import('./protocol-step').then((m) => ({ default: m.ProtocolStep })));
const ReviewStep = lazy(() => import('./review-step').then((m) => ({ default: m.ReviewStep })));
const LeaveDialog = lazy(() => import('./leave-dialog').then((m) => ({ default: m.LeaveDialog })));

type Props = {
  initialValues: WizardValues;
  draftId: string | null;
  initialStep: ExceptionStep | null;
  /** The segment whose definition a resumed draft's editor already holds. */
  prefilledFor: string | null;
};

/** The first step's loading state, shown until the form has settled. */
const UNSETTLED = { data: undefined, isPending: true, error: null, refetch: () => undefined };

/** Which step a server issue belongs to, by the first part of its path. */
const stepOfPath = (root: string) => WIZARD_STEPS.find((s) => s.fields.some((f) => f.split('.')[0] === root))?.id;

/** The exception protocol as one form with its steps in the address; nothing here can send. */
export function ExceptionWizard({
  initialValues,
  draftId: initialDraftId,
  initialStep,
  prefilledFor: initialPrefill,
}: Props) {
  const form = useForm<WizardValues>({
    resolver: wizardResolver,
    defaultValues: initialValues,
    mode: 'onTouched',
  });
  const navigate = useNavigate();
  const { step, hasStep, hrefOf, goTo, setDraftId } = useWizardStep();
  const [draftId, setDraft] = useState(initialDraftId);
  const [prefilledFor, setPrefilledFor] = useState(initialPrefill);
  const [formError, setFormError] = useState<string | null>(null);
  const filing = useRef(false);
  const [filingNow, setFilingNow] = useState(false);
  const idempotencyKey = useRef(crypto.randomUUID());
  const file = useFileException();

  const segments = useSegments();
  // The form renders once more right after it first appears (react-hook-form marks itself ready
  // in a layout effect, which React renders at once): the first step's fields come a transition
  // later, which React can pause, so that render is small (docs/decisions/019-what-loads-first.md).
  const [settled, setSettled] = useState(false);
  useEffect(() => startTransition(() => setSettled(true)), []);
  const segmentKey = form.watch('segmentKey');
  const campaignId = form.watch('campaignId');
  const known = segments.data?.some((s) => s.key === segmentKey) ?? false;
  const segment = useQuery({ ...segmentQuery(segmentKey), enabled: known });
  const segmentData = known ? segment.data : undefined;
  const owner = useOwner();
  const campaign = useQuery({ ...campaignQuery(campaignId), enabled: campaignId !== '' });

  const onCreated = useCallback(
    (id: string) => {
      setDraft(id);
      setDraftId(id);
    },
    [setDraftId],
  );
  const autosave = useDraftAutosave({ form, step, draftId, onCreated, enabled: !filingNow });
  const blocker = useLeaveGuard(autosave.unsaved && !filingNow, filing);

  // A resumed draft opens at its step; a step reached by address needs the steps before it done.
  // The first step has none before it, so it opens without loading the checks.
  // biome-ignore lint/correctness/useExhaustiveDependencies: checked when the step changes
  useEffect(() => {
    if (!hasStep && initialStep) return void goTo(initialStep, true);
    if (stepIndex(step) === 0) return;
    let current = true;
    void loadWizardValidator().then(({ firstIncompleteStep }) => {
      const missing = current ? firstIncompleteStep(form.getValues(), step) : null;
      if (missing) goTo(missing, true);
    });
    return () => {
      current = false;
    };
  }, [step]);

  // The checks (zod and the wizard's schema, the heaviest script the page could run) are asked for
  // when someone starts using the form: a field or button taking focus or a press, before the first
  // Continue needs them. A phone that only shows the page never runs them.
  const preloadChecks = () => void loadWizardValidator();

  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  // Each new step moves focus to its heading, so keyboard and screen-reader users start there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on step change only
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const next = async () => {
    const current = WIZARD_STEPS[stepIndex(step)];
    if (!current) return;
    const ok = await form.trigger(current.fields, { shouldFocus: true });
    if (!ok) return;
    const v = form.getValues();
    if (step === 'protocol' && v.protocol === 'logic_review' && segmentData) {
      if (sameDefinition(v.proposal.definition, definitionOf(segmentData.current))) {
        form.setError('proposal.definition', { message: UNCHANGED_LOGIC_MESSAGE });
        return;
      }
    }
    const following = WIZARD_STEPS[stepIndex(step) + 1];
    if (following) goTo(following.id);
  };

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    filing.current = true;
    setFilingNow(true);
    await autosave.flush();
    try {
      const created = await file.mutateAsync({
        input: toCreateInput(values, draftId),
        idempotencyKey: idempotencyKey.current,
      });
      navigate(`/exceptions/${created.id}`, { replace: true, state: { filed: created.outcome } });
    } catch (err) {
      filing.current = false;
      setFilingNow(false);
      if (!isApiError(err)) return setFormError(err instanceof Error ? err.message : 'Filing failed.');
      const placed = err.issues.filter((i) => stepOfPath(String(i.path[0])));
      for (const issue of placed) form.setError(issue.path.join('.') as Path<WizardValues>, { message: issue.message });
      const first = placed[0] ? stepOfPath(String(placed[0].path[0])) : undefined;
      if (first) goTo(first);
      if (placed.length < err.issues.length || placed.length === 0) setFormError(err.message);
    }
  });

  const current = WIZARD_STEPS[stepIndex(step)] ?? WIZARD_STEPS[0];
  const protocol = form.watch('protocol');
  return (
    <FormProvider {...form}>
      <WizardProgress current={step} hrefOf={hrefOf} />
      <form
        className="wizard stack"
        noValidate
        aria-labelledby="wizard-step-title"
        onFocus={preloadChecks}
        onPointerDown={preloadChecks}
        onSubmit={(e) => {
          if (step === 'review') return void submit(e);
          e.preventDefault();
          void next();
        }}
      >
        <h2 id="wizard-step-title" ref={heading} tabIndex={-1}>
          Step {stepIndex(step) + 1} of {WIZARD_STEPS.length}: {current?.title}
        </h2>
        {formError ? <Notice tone="error">{formError}</Notice> : null}
        {step === 'segment' ? <SegmentStep segments={settled ? segments : UNSETTLED} /> : null}
        <Suspense fallback={<Loading label="Opening the step…" />}>
          {step === 'risk' ? <RiskStep /> : null}
          {step === 'protocol' ? (
            <ProtocolStep
              segment={segmentData}
              ownerName={owner.data?.name}
              prefilledFor={prefilledFor}
              onPrefilled={setPrefilledFor}
            />
          ) : null}
          {step === 'review' ? (
            <ReviewStep segment={segmentData} campaignName={campaign.data?.name} hrefOf={hrefOf} />
          ) : null}
        </Suspense>
        <div className="form-actions wizard-actions">
          {stepIndex(step) > 0 ? (
            <Button onClick={() => goTo(WIZARD_STEPS[stepIndex(step) - 1]?.id ?? 'segment')}>Back</Button>
          ) : null}
          <Button type="submit" variant="primary" busy={filingNow}>
            {step !== 'review'
              ? 'Continue'
              : protocol === 'withdraw'
                ? 'Withdraw the request'
                : 'File the logic review'}
          </Button>
        </div>
        <SaveStatus state={autosave.state} onRetry={() => void autosave.flush()} />
      </form>
      {blocker.state === 'blocked' ? (
        <Suspense fallback={null}>
          <LeaveDialog blocker={blocker} save={autosave.flush} />
        </Suspense>
      ) : null}
    </FormProvider>
  );
}
