export type RefusalContext = {
  /** Whether the person reading is the proposal's proposer. */
  isProposer: boolean;
  proposerName: string;
  baseVersion: number | null;
  currentVersion: number | null;
};

export type Explanation = {
  title: string;
  body: string;
  /** What the page can offer next: re-base on the current version, or reload the new revision. */
  action?: 'rebase' | 'reload';
};

/**
 * The server's refusals in plain words. Each names the rule that refused, so a refusal reads as
 * governance working (nobody approves their own change; nothing overwrites a newer version).
 */
export function explainRefusal(code: string, message: string, ctx: RefusalContext): Explanation {
  switch (code) {
    case 'self_approval':
      return {
        title: 'You cannot decide your own proposal',
        body: 'Nobody approves their own change: another person who may decide must review it.',
      };
    case 'stale_base_version': {
      const base = ctx.baseVersion ? `version ${ctx.baseVersion}` : 'an older version';
      const current = ctx.currentVersion ? `version ${ctx.currentVersion}` : 'a newer version';
      return ctx.isProposer
        ? {
            title: 'A newer version was approved since you wrote this',
            body: `This proposal changes ${base}, but ${current} is now current. Re-base it on ${current} and check the diff: the owner reviews it again.`,
            action: 'rebase',
          }
        : {
            title: 'This proposal is based on an older version',
            body: `It changes ${base}, but ${current} is now current, so approving it could silently undo what changed since. ${ctx.proposerName} can re-base it on ${current}; it then comes back for review.`,
          };
    }
    case 'proposal_changed':
      return {
        title: 'The proposal changed while you were reading it',
        body: `${ctx.proposerName} edited it after you opened it. Read the new revision before deciding.`,
        action: 'reload',
      };
    case 'not_open':
      return {
        title: 'This proposal is no longer open',
        body: 'It was decided or withdrawn in the meantime. Reload to see its outcome.',
        action: 'reload',
      };
    case 'forbidden':
      return { title: 'Your role does not decide proposals', body: message };
    default:
      return { title: 'The decision was not saved', body: message };
  }
}
