// `passerelle import <file.csv|file.json> [--dry-run]`: creates and updates
// members from the cooperative's member list. Every bad row is reported (exit
// code 2) and then nothing is written; otherwise the whole file is written in
// one transaction. Importing the same file again changes nothing.
import type { Command } from 'commander';
import type { CliContext } from '../cliContext.js';
import { terminalProgress } from '../progress.js';
import { printJson } from './printJson.js';
import { withGraphStore } from './withGraphStore.js';

export function register(program: Command, context: CliContext): void {
  program
    .command('import')
    .description('Create or update members from a CSV or JSON member list (idempotent, all or nothing)')
    .argument('<file>', 'a .csv file with a header row, or a .json array of member objects')
    .option('--dry-run', 'report what would be created and updated, write nothing')
    .action(async (file: string, options: { dryRun?: boolean }) => {
      // The import's modules load when it runs, not at the CLI's start.
      const [{ memberFileFormat }, { importMemberFile }] = await Promise.all([
        import('../../graph/import/memberFile.js'),
        import('../../graph/import/importMembers.js'),
      ]);
      const format = memberFileFormat(file);
      const config = context.config();
      const progress = terminalProgress();
      try {
        const summary = await withGraphStore(config, (store) =>
          importMemberFile(
            store,
            { path: file, format },
            { dryRun: options.dryRun, onProgress: progress.listener },
          ),
        );
        printJson(summary);
        if (options.dryRun) process.stderr.write('passerelle import: dry run, nothing was written\n');
      } finally {
        progress.stop();
      }
    });
}
