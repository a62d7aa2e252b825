// `npm run bench`: runs every test/bench/*.bench.ts in its own process (so peak
// RSS is per benchmark), or only those named on the command line
// (`npm run bench -- api load`; `100k` names the benchmarks on 100,000
// members), then regenerates the README's table from the results
// (readmeTable.ts; `--no-readme` skips it).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
/** The benchmarks measured on the network's real size (100,000 members). */
const ON_100K = ['api', 'load', 'searchHttp', 'search', 'graph', 'seed'];
const args = process.argv.slice(2);
const wanted = args.filter((a) => !a.startsWith('--')).flatMap((a) => (a === '100k' ? ON_100K : [a]));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

let failed = 0;
for (const file of files) {
  process.stdout.write(`\n== ${file}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', `${dir}${file}`], {
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    failed++;
    process.stderr.write(`${file} failed with exit code ${result.status}\n`);
  }
}
if (!args.includes('--no-readme')) {
  spawnSync(process.execPath, ['--import', 'tsx', `${dir}readmeTable.ts`], { stdio: 'inherit' });
}
process.exitCode = failed ? 1 : 0;
