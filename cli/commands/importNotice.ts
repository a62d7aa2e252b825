// `passerelle import-notice FILE`: imports an eForms contract notice into the
// graph as one tender per lot, with suggested requirements (as the GraphQL
// `importNotice` mutation does), and prints what was created as JSON. A file
// that is not a usable notice is refused (exit code 2) and nothing is written;
// the same notice version imported again changes nothing ("created": false).
import type { Command } from 'commander';
import { loadReferenceData } from '../../domain/referenceData.js';
import { Taxonomy } from '../../domain/taxonomy.js';
import { graphRepositories } from '../../graph/repositories/index.js';
import type { NoticeImport } from '../../services/tenders/importNotice.js';
import type { CliContext } from '../cliContext.js';
import { printJson } from './printJson.js';
import { withGraphStore } from './withGraphStore.js';

export function importSummary(result: NoticeImport) {
  return {
    notice: { id: result.notice.noticeId, version: result.notice.version, buyer: result.notice.buyer },
    created: result.created,
    tenders: result.tenders.map((t) => ({
      id: t.id,
      title: t.title,
      deadline: t.deadline === null ? null : new Date(t.deadline).toISOString(),
      place: t.lat === null || t.lon === null ? null : { lat: t.lat, lon: t.lon, radiusKm: t.radiusKm },
      requirements: t.requirements,
    })),
  };
}

export function register(program: Command, context: CliContext): void {
  program
    .command('import-notice')
    .description(
      'Import an eForms contract notice (XML) as tenders, one per lot, with suggested requirements',
    )
    .argument('<file>', 'eForms contract notice')
    .action(async (file: string) => {
      const { parseNoticeFile } = await import('./noticeFile.js');
      const notice = parseNoticeFile(file);
      const { importParsedNotice } = await import('../../services/tenders/importNotice.js');
      const taxonomy = new Taxonomy(loadReferenceData().skills);
      const result = await withGraphStore(context.config(), (store) =>
        importParsedNotice({ repositories: graphRepositories(store), taxonomy }, notice, {
          importedBy: null,
        }),
      );
      printJson(importSummary(result));
    });
}
