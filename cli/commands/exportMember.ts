// `passerelle export-member <id>`: everything stored about a member, as JSON
// (the member's right of access). An unknown id fails with exit code 1.
import type { Command } from 'commander';
import type { CliContext } from '../cliContext.js';
import { printJson } from './printJson.js';
import { withGraphStore } from './withGraphStore.js';

export function register(program: Command, context: CliContext): void {
  program
    .command('export-member')
    .description('Print everything stored about a member as JSON')
    .argument('<id>', 'the member id, e.g. m_0000042')
    .action(async (id: string) => {
      const { exportMemberData } = await import('../../services/gdpr/exportMember.js');
      printJson(await withGraphStore(context.config(), (graph) => exportMemberData({ graph }, id)));
    });
}
