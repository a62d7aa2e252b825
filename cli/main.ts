// The `passerelle` command line: the composition root that reads the environment
// once, then hands the validated config to each command.
import { Command } from 'commander';
import { loadConfig } from '../domain/config.js';
import { PasserelleError } from '../domain/errors.js';

const program = new Command()
  .name('passerelle')
  .description('Passerelle: matchmaking for the freelancers of a cooperative network')
  .showHelpAfterError();

const context = {
  /** Parsed lazily so that `passerelle match` and `--help` work with any environment. */
  config: () => loadConfig(process.env),
};
export type CliContext = typeof context;

const commands: { register(program: Command, context: CliContext): void }[] = [];
for (const command of commands) command.register(program, context);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
  process.stderr.write(`passerelle: ${error instanceof Error ? error.message : String(error)}\n`);
}

/** 2 for input the user can fix (bad input, infeasible problem), 1 for everything else. */
function exitCodeFor(error: unknown): number {
  if (error instanceof PasserelleError && (error.code === 'BAD_USER_INPUT' || error.code === 'INFEASIBLE')) {
    return 2;
  }
  return 1;
}
