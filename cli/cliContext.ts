// What every command receives from the composition root (cli/main.ts): the
// configuration, parsed lazily so that `passerelle match` and `--help` work
// with any environment. Its own module so commands need not import main.
import type { Config } from '../domain/config.js';

export interface CliContext {
  config(): Config;
}
