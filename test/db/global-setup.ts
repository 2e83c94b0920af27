import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where this run keeps its database snapshots (test/db/snapshots.ts). */
    snapshotDir: string;
  }
}

/** One snapshot directory per run and project, removed when the run ends. */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `charter-snapshots-${project.name}-`));
  project.provide('snapshotDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
