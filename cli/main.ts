// The `passerelle` command line: the composition root that reads the environment
// once, then hands the validated config to each command.
import { Command } from 'commander';
import { loadConfig } from '../domain/config.js';
import { BadUserInputError, formatProblems, PasserelleError } from '../domain/errors.js';
import type { CliContext } from './cliContext.js';
import * as doctor from './commands/doctor.js';
import * as exportMember from './commands/exportMember.js';
import * as importMembers from './commands/import.js';
import * as importNotice from './commands/importNotice.js';
import * as match from './commands/match.js';
import * as notice from './commands/notice.js';
import * as reindex from './commands/reindex.js';
import * as seed from './commands/seed.js';
import * as start from './commands/start.js';
import * as worker from './commands/worker.js';

const program = new Command()
  .name('passerelle')
  .description('Passerelle: matchmaking for the freelancers of a cooperative network')
  .showHelpAfterError();

const context: CliContext = {
  config: () => loadConfig(process.env),
};

const commands: { register(program: Command, context: CliContext): void }[] = [
  start,
  seed,
  importMembers,
  exportMember,
  match,
  notice,
  importNotice,
  reindex,
  doctor,
];
for (const command of commands) command.register(program, context);
// The worker's dependencies (stores, processors) load only when `passerelle worker` runs.
worker.register(program, context, async (config, options) =>
  (await import('./workerDeps.js')).openWorkerDeps(config, options),
);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
  process.stderr.write(errorReport(error));
}

/** The message, then every problem of a bad input on its own line (the message may list only the first ones). */
function errorReport(error: unknown): string {
  const lines = [`passerelle: ${error instanceof Error ? error.message : String(error)}`];
  if (error instanceof BadUserInputError && error.problems.length > 1) {
    for (const problem of error.problems) lines.push(`  ${formatProblems([problem])}`);
  }
  return `${lines.join('\n')}\n`;
}

/** 2 for input the user can fix (bad input, infeasible problem), 1 for everything else. */
function exitCodeFor(error: unknown): number {
  if (error instanceof PasserelleError && (error.code === 'BAD_USER_INPUT' || error.code === 'INFEASIBLE')) {
    return 2;
  }
  return 1;
}
