import { useId, useState } from 'react';
import { PILOT_DAYS, PILOT_SHARE } from '#domain/pilots/cohort';
import { Button } from '#src/components/ui/button';
import { Field } from '#src/components/ui/field';
import { Notice } from '#src/components/ui/notice';
import { isApiError } from '#src/lib/api-client';
import { useStartPilot } from '../api/start-pilot';

/** The owner's start of a pilot: the share of reached contacts in each cohort, and how long. */
export function StartPilotForm({ proposalId }: { proposalId: string }) {
  const id = useId();
  const start = useStartPilot();
  const [share, setShare] = useState<number>(PILOT_SHARE.default);
  const [days, setDays] = useState<number>(PILOT_DAYS.default);
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});
  return (
    <form
      className="stack"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        setIssues({});
        try {
          await start.mutateAsync({ proposalId, share, durationDays: days });
        } catch (err) {
          const fields = Object.fromEntries(
            (isApiError(err) ? (err.issues ?? []) : []).map((i) => [String(i.path[0]), i.message]),
          );
          setIssues(fields);
          if (Object.keys(fields).length === 0)
            setError(isApiError(err) ? err.message : 'The pilot could not be started.');
        }
      }}
    >
      <h3 id={`${id}-title`}>Try it first</h3>
      <p className="muted">
        A pilot decides a share of the contacts this change reaches by the proposed version, and the same share by the
        current one as a control, so the two can be compared before you decide.
      </p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="pilot-fields">
        <Field label={`Share in each cohort (${PILOT_SHARE.min}–${PILOT_SHARE.max}%)`} error={issues.share}>
          <input
            type="number"
            min={PILOT_SHARE.min}
            max={PILOT_SHARE.max}
            value={share}
            onChange={(e) => setShare(Number(e.target.value))}
          />
        </Field>
        <Field label={`Days (${PILOT_DAYS.min}–${PILOT_DAYS.max})`} error={issues.durationDays}>
          <input
            type="number"
            min={PILOT_DAYS.min}
            max={PILOT_DAYS.max}
            value={days}
            onChange={(e) => setDays(Number(e.target.value))}
          />
        </Field>
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={start.isPending}>
          Start pilot
        </Button>
      </div>
    </form>
  );
}
