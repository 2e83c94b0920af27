import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { RecordFollowUpInput } from '#domain/schemas/segments';
import { Badge } from '#src/components/ui/badge';
import { Button } from '#src/components/ui/button';
import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { isApiError } from '#src/lib/api-client';
import { formatDate } from '#src/lib/format';
import { LintedTextField } from '#src/shared/linted-text/linted-text-field';
import { useFollowUps } from '#src/shared/queries/get-follow-ups';
import { useRecordFollowUp } from '../api/record-follow-up';
import type { FollowUp } from '../api/types';

/** The owner's follow-ups: approved changes whose review date has come, each with an outcome note. */
export function FollowUpsPanel() {
  const followUps = useFollowUps(true);
  const due = followUps.data?.filter((f) => !f.outcome) ?? [];
  return (
    <section className="card" aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">Follow-ups due</h2>
      <p className="muted">Each approved change is looked at again after 30 days: did it do what its rationale said?</p>
      {followUps.isPending ? <Loading label="Loading follow-ups…" /> : null}
      {followUps.error ? <ErrorState error={followUps.error} onRetry={() => followUps.refetch()} /> : null}
      {followUps.data && due.length === 0 ? <EmptyState title="No follow-ups are due" /> : null}
      <ul className="plain-list">
        {due.map((f) => (
          <FollowUpItem key={f.proposalId} item={f} />
        ))}
      </ul>
    </section>
  );
}

/** Due before today: the 30-day look has slipped (due today is due, not yet overdue). */
const isOverdue = (due: string) => due < new Date().toISOString().slice(0, 10);

function FollowUpItem({ item }: { item: FollowUp }) {
  const record = useRecordFollowUp();
  const [outcome, setOutcome] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = RecordFollowUpInput.safeParse({ outcome });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Say what the change did');
      return;
    }
    setError(null);
    record.mutate(
      { id: item.proposalId, outcome: parsed.data.outcome },
      {
        onError: (err) =>
          setError(isApiError(err) ? (err.issues[0]?.message ?? err.message) : 'The outcome was not saved.'),
      },
    );
  };
  return (
    <li className="follow-up">
      <p>
        <Link to={`/proposals/${item.proposalId}`}>
          {item.segmentName ?? item.segmentKey}
          {item.version ? `, version ${item.version}` : ''}
        </Link>{' '}
        {isOverdue(item.followUpDue) ? <Badge tone="warning">Overdue</Badge> : null}{' '}
        <span className="muted">
          · due {formatDate(item.followUpDue)}
          {item.approvedBy && item.approvedAt
            ? ` · approved by ${item.approvedBy.name} on ${formatDate(item.approvedAt)}`
            : ''}
        </span>
      </p>
      <p className="quote">{item.rationale}</p>
      <form className="stack" noValidate onSubmit={submit}>
        <LintedTextField
          label="Outcome"
          rows={2}
          maxLength={5000}
          value={outcome}
          onChange={setOutcome}
          error={error ?? undefined}
        />
        <div className="form-actions">
          <Button type="submit" busy={record.isPending}>
            Record outcome
          </Button>
        </div>
      </form>
    </li>
  );
}
