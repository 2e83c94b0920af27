import type { TestProject } from 'vitest/node';
import { type BrowserWorld, startBrowserWorld } from './world';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The run's one Chromium, which every test file connects to. */
    browserEndpoint: string;
    /** The static demo build (npm run build:demo), served from a sub-folder by a plain file server. */
    demoURL: string;
  }
}

/**
 * Every browser test drives one Chromium, one server and one demo build (test/e2e/world.ts).
 * `npm test` starts them once for its two browser runs and passes them in CHARTER_E2E_WORLD;
 * otherwise the first browser project of a run starts them, and provides them to the whole run,
 * where the second finds them and starts nothing.
 */
export default async function setup(project: TestProject) {
  const run = project.vitest.getRootProject();
  if (run.getProvidedContext().browserEndpoint) return;
  const given = process.env.CHARTER_E2E_WORLD;
  const world = given ? (JSON.parse(given) as BrowserWorld) : await startBrowserWorld();
  run.provide('browserEndpoint', world.browserEndpoint);
  run.provide('baseURL', world.baseURL);
  run.provide('demoURL', world.demoURL);
  return 'close' in world ? world.close : undefined;
}
