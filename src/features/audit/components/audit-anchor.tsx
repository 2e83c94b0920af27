import { Notice } from '#src/components/ui/notice';
import { formatCount, formatDateTime } from '#src/lib/format';
import type { CheckpointStatus } from '../api/get-checkpoint';
import type { VerifyOutcome } from '../api/verify-audit';

/** Where the chain is anchored outside the database: the last checkpoint this instance wrote. */
export function CheckpointLine({ status }: { status: CheckpointStatus | undefined }) {
  if (!status) return null;
  if (status.problem) {
    return (
      <Notice tone="warning" title="The checkpoint cannot be used">
        {status.problem} Verify the chain to see what it means for the log.
      </Notice>
    );
  }
  const { checkpoint } = status;
  const how =
    status.intervalSeconds === null
      ? 'This instance does not write checkpoints.'
      : `Kept outside the database, in the data directory, with a keyed hash; written within a second of each entry and every ${status.intervalSeconds} s.`;
  return (
    <p className="muted">
      {checkpoint ? (
        <>
          Last checkpoint: entry {formatCount(checkpoint.headId)}, at {formatDateTime(checkpoint.at)}.{' '}
        </>
      ) : (
        'No checkpoint yet. '
      )}
      {how}
      {status.keyed ? null : ' This instance holds no audit key: new entries are chained but not keyed.'}
    </p>
  );
}

const TITLES: Record<Extract<VerifyOutcome, { ok: false }>['problem'], string> = {
  altered: 'The chain is broken',
  rehashed: 'Entries were rewritten and re-hashed',
  unkeyed: 'An entry was written outside Charter',
  truncated: 'Entries were removed',
  diverged: 'The log no longer matches its checkpoint',
  checkpoint_invalid: 'The checkpoint cannot be trusted',
};

export function VerifyResult({ result }: { result: VerifyOutcome | undefined }) {
  if (!result) return null;
  if (result.ok) {
    const anchor = result.checkpoint
      ? ` It reaches the checkpoint at entry ${formatCount(result.checkpoint.headId)}.`
      : ' There is no checkpoint to compare it with yet.';
    return (
      <Notice tone="success">
        The chain is intact: {formatCount(result.entries)} entries verified
        {result.keyed ? ', keyed hashes included' : ''}.{anchor}
      </Notice>
    );
  }
  return (
    <Notice tone="error" title={TITLES[result.problem]}>
      {result.message}
    </Notice>
  );
}
