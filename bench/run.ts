import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Runs every benchmark one after another (they share the machine, so never in parallel). */
const BENCHES = ['lint', 'membership', 'freshness', 'firewall', 'review', 'backup', 'webhooks', 'pilots', 'lighthouse'];

let failed = 0;
for (const name of BENCHES) {
  const file = `bench/${name}.ts`;
  if (!existsSync(file)) {
    console.log(`\n== ${name}: no benchmark file (${file}) ==`);
    continue;
  }
  console.log(`\n== bench:${name} ==`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
