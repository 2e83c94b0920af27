import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * A Vitest reporter for `npm test` (scripts/test.ts): for each project, how many files and tests
 * it ran and how long it took, from the moment its first file started until its last one ended.
 * It writes them as JSON to the file named by CHARTER_DURATIONS_FILE.
 */

export type ProjectDuration = {
  project: string;
  files: number;
  tests: number;
  /** Seconds from the start of the run to this project's first file: global setup and waiting. */
  startedAfter: number;
  /** Seconds from its first file's start to its last file's end. */
  seconds: number;
};

export default class ProjectDurations implements Reporter {
  private runStart = Date.now();
  // Keyed by project and file: Vitest hands over a new TestModule object once a file is collected.
  private readonly started = new Map<string, number>();
  private readonly ended = new Map<string, number>();

  onInit() {
    this.runStart = Date.now();
  }

  onTestModuleQueued(module: TestModule) {
    this.started.set(key(module), Date.now());
  }

  onTestModuleEnd(module: TestModule) {
    this.ended.set(key(module), Date.now());
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const file = process.env.CHARTER_DURATIONS_FILE;
    if (!file) return;
    const byProject = new Map<string, TestModule[]>();
    for (const module of modules) {
      const name = module.project.name;
      byProject.set(name, [...(byProject.get(name) ?? []), module]);
    }
    const now = Date.now();
    const durations: ProjectDuration[] = [...byProject].map(([project, list]) => {
      const first = Math.min(...list.map((m) => this.started.get(key(m)) ?? now));
      const last = Math.max(...list.map((m) => this.ended.get(key(m)) ?? now));
      return {
        project,
        files: list.length,
        tests: list.reduce((n, m) => n + [...m.children.allTests()].length, 0),
        startedAfter: (first - this.runStart) / 1000,
        seconds: (last - first) / 1000,
      };
    });
    writeFileSync(file, JSON.stringify(durations));
  }
}

function key(module: TestModule): string {
  return `${module.project.name} ${module.moduleId}`;
}
