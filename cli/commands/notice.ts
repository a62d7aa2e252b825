// `passerelle notice FILE`: reads an eForms notice (contract, prior
// information or award notice) and prints it as JSON: identity, buyer, CPV
// codes, the network's skills it asks for and why, and per lot the place,
// value, deadline, skills and a suggested requirement set. A file that is not
// a usable notice (or is hostile: DTD, entities, huge, deeply nested) is
// refused with a BadUserInputError naming the reason, which the CLI turns into
// exit code 2.
import type { Command } from 'commander';
import type { CliContext } from '../cliContext.js';

export function register(program: Command, _context: CliContext): void {
  program
    .command('notice')
    .description('Parse an eForms notice (XML) and print it as JSON, with the skills it asks for')
    .argument('<file>', 'eForms contract, prior information or award notice')
    .option('--compact', 'print the JSON on one line')
    .action(async (file: string, options: { compact?: boolean }) => {
      const [{ parseNoticeFile }, { noticeToJson }] = await Promise.all([
        import('./noticeFile.js'),
        import('../../procurement/index.js'),
      ]);
      const json = noticeToJson(parseNoticeFile(file));
      process.stdout.write(`${JSON.stringify(json, null, options.compact ? undefined : 2)}\n`);
    });
}
