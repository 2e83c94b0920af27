import { CHECKPOINT_DAYS, type CheckpointDays, type FollowUpOutcome } from '#domain/schemas/follow-ups';

const DAY_MS = 86_400_000;

export type CheckpointStatus = {
  days: CheckpointDays;
  at: Date;
  dueOn: string;
  reached: boolean;
  outcome: FollowUpOutcome | null;
};

/** An approved change's checkpoints: 7, 30 and 90 days after its approval, each reached or not. */
export function checkpointsOf(
  approvedAt: Date,
  now: Date,
  recorded: ReadonlyMap<number, FollowUpOutcome>,
): CheckpointStatus[] {
  return CHECKPOINT_DAYS.map((days) => {
    const at = new Date(approvedAt.getTime() + days * DAY_MS);
    return {
      days,
      at,
      dueOn: at.toISOString().slice(0, 10),
      reached: at.getTime() <= now.getTime(),
      outcome: recorded.get(days) ?? null,
    };
  });
}

/**
 * The checkpoint waiting for an outcome: the latest one reached, when it has none. An earlier one
 * left without an outcome lapses once a later one is reached: the newer figures are what to judge.
 */
export function dueCheckpoint(checkpoints: readonly CheckpointStatus[]): CheckpointDays | null {
  const latest = checkpoints.filter((c) => c.reached).at(-1);
  return latest && latest.outcome === null ? latest.days : null;
}
