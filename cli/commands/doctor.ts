// `passerelle doctor`: reads the configuration and says, for each store, which
// engine it selects, whether it answers and with which version (against the
// versions Passerelle needs), and whether the combination is valid, e.g. where
// the job workers run and why `passerelle worker` would be refused. Exit code 1
// when a store does not answer or is unsupported. A wrong configuration stops
// earlier, at loading, naming the variable (exit 2).
import type { Command } from 'commander';
import type { Config } from '../../domain/config.js';
import { deploymentShape, separateWorkerRefusal } from '../../domain/deploymentShape.js';
import type { StoreProbe } from '../../domain/storeProbe.js';
import type { CliContext } from '../cliContext.js';
import { printJson } from './printJson.js';

export interface DoctorReport {
  ok: boolean;
  stores: StoreProbe[];
  workers: string;
  separateWorkers: string;
}

export async function doctor(config: Config): Promise<DoctorReport> {
  // The probes load the stores' drivers: imported here so that other commands need not load them.
  const [{ probeGraphStore }, { probeSearchIndex }, { probeQueue }] = await Promise.all([
    import('../../graph/probeGraphStore.js'),
    import('../../search/probeSearchIndex.js'),
    import('../../workers/probeQueue.js'),
  ]);
  const stores = await Promise.all([probeGraphStore(config), probeSearchIndex(config), probeQueue(config)]);
  const shape = deploymentShape(config);
  const refusal = separateWorkerRefusal(config);
  return {
    ok: stores.every((s) => s.answers && !s.problem),
    stores,
    workers: shape.workersInApi
      ? `inside the API process (${shape.queue === 'bullmq' ? 'BullMQ on Redis' : 'in-process runner'})`
      : 'in separate `passerelle worker` processes (the API only enqueues)',
    separateWorkers: refusal ? `refused: ${refusal.message}` : 'allowed',
  };
}

function describe(report: DoctorReport): string {
  const lines = report.stores.map((s) => {
    const status = !s.answers ? 'DOES NOT ANSWER' : s.problem ? 'UNSUPPORTED' : 'ok';
    const version = s.version ? ` ${s.version}` : '';
    const needs = s.needs ? ` (needs ${s.needs})` : '';
    return `${s.store.padEnd(7)}${s.engine}${version} at ${s.where}${needs}: ${status}${s.note ? ` (${s.note})` : ''}${s.problem ? `\n         ${s.problem}` : ''}`;
  });
  lines.push(`workers: ${report.workers}`);
  lines.push(`passerelle worker: ${report.separateWorkers}`);
  lines.push(report.ok ? 'This configuration is ready.' : 'This configuration is NOT ready: see above.');
  return `${lines.join('\n')}\n`;
}

export function register(program: Command, context: CliContext): void {
  program
    .command('doctor')
    .description(
      'Check the configuration: the engine of each store, whether it answers, its version, and where workers run',
    )
    .option('--json', 'print the report as JSON')
    .action(async (options: { json?: boolean }) => {
      const report = await doctor(context.config());
      if (options.json) printJson(report);
      else process.stdout.write(describe(report));
      if (!report.ok) process.exitCode = 1;
    });
}
