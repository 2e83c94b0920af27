import { statSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest files of each project start first, so that no worker is left running one of them
 * alone at the end of the run. Vitest does that by itself only from the durations it cached on an
 * earlier run, and CI starts from a clean checkout: there it would run the files by name. These
 * are the longest files measured (docs/testing.md, "How long it takes"), longest first; the rest
 * follow by their cached duration, or by size when nothing is cached.
 */
const LONGEST = [
  'test/server/fuzz-writes-',
  'test/server/embedded-recovery.test.ts',
  'test/server/database-faults.test.ts',
  'test/server/fuzz-reads-',
  'test/server/contact-explain.test.ts',
  'test/server/backup-cli.test.ts',
  'test/server/audit-tamper.test.ts',
  'test/server/people-grants.test.ts',
  'test/server/external-database.test.ts',
  'test/server/webhooks-crash.test.ts',
  'test/server/proposals-race.test.ts',
  'test/web/dictionary.test.tsx',
  'test/web/segments-propose.test.tsx',
  'test/web/exceptions-wizard.test.tsx',
  'test/web/firewall.test.tsx',
];

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const root = this.ctx.config.root;
    const relative = (f: TestSpecification) => f.moduleId.slice(root.length + 1);
    const rank = (f: TestSpecification) => {
      const i = LONGEST.findIndex((prefix) => relative(f).startsWith(prefix));
      return i === -1 ? LONGEST.length : i;
    };
    const cached = (f: TestSpecification) => cache.getFileTestResults(`${f.project.name}:${relative(f)}`)?.duration;
    const longer = (a: TestSpecification, b: TestSpecification) => {
      const [da, db] = [cached(a), cached(b)];
      return da !== undefined && db !== undefined ? db - da : size(b.moduleId) - size(a.moduleId);
    };
    return [...files].sort(
      (a, b) =>
        a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder ||
        // The projects one after another, as Vitest orders them.
        (a.project.name === b.project.name ? 0 : a.project.name < b.project.name ? -1 : 1) ||
        rank(a) - rank(b) ||
        longer(a, b),
    );
  }
}

function size(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
