// importNotice: an eForms notice (XML) becomes one tender per lot with suggested
// requirements (services/tenders/importNotice.ts). Invalid or hostile XML is a
// BAD_USER_INPUT and nothing is written.
import type { NoticeRecord } from '../../domain/entities/notice.js';
import { importNoticeXml, type NoticeImport } from '../../services/tenders/importNotice.js';
import { builder } from './builder.js';
import { DateTime } from './scalars.js';
import { TenderRef } from './tender.js';

const IMPORTERS = { member: true, conseiller: true, admin: true } as const;

const ProcurementNotice = builder.objectRef<NoticeRecord>('ProcurementNotice').implement({
  authScopes: IMPORTERS,
  fields: (t) => ({
    noticeId: t.exposeString('noticeId'),
    version: t.exposeString('version'),
    title: t.exposeString('title'),
    buyer: t.exposeString('buyer'),
    deadline: t.field({ type: DateTime, nullable: true, resolve: (n) => n.deadline }),
    nuts: t.exposeString('nuts', { nullable: true }),
    cpv: t.exposeStringList('cpv'),
    importedAt: t.field({ type: DateTime, resolve: (n) => n.importedAt }),
  }),
});

const NoticeImportResult = builder.objectRef<NoticeImport>('NoticeImportResult').implement({
  authScopes: IMPORTERS,
  fields: (t) => ({
    notice: t.field({ type: ProcurementNotice, resolve: (r) => r.notice }),
    tenders: t.field({
      type: [TenderRef],
      description: 'One per lot asking for skills of the network',
      resolve: (r) => r.tenders,
    }),
    created: t.boolean({
      description: 'False when this notice version had been imported before (nothing written)',
      resolve: (r) => r.created,
    }),
  }),
});

builder.mutationFields((t) => ({
  importNotice: t.field({
    type: NoticeImportResult,
    authScopes: IMPORTERS,
    description: 'Imports an eForms contract notice: one tender per lot, with suggested requirements to edit',
    args: { xml: t.arg.string({ required: true }) },
    resolve: (_root, { xml }, context) =>
      importNoticeXml(context.services, xml, {
        importedBy: context.viewer.memberId ?? context.viewer.accountId,
      }),
  }),
}));
