// An imported procurement notice: one tender per lot.
import { z } from 'zod';
import { epochMsSchema } from './common.js';

export const noticeRecordSchema = z.object({
  /** "<noticeId>@<version>". */
  id: z.string().min(1),
  noticeId: z.string().min(1),
  version: z.string().min(1),
  title: z.string(),
  buyer: z.string(),
  deadline: epochMsSchema.nullable(),
  nuts: z.string().nullable(),
  cpv: z.array(z.string()),
  /** The tenders made from its lots, in lot order. */
  tenderIds: z.array(z.string()),
  importedBy: z.string().nullable(),
  importedAt: epochMsSchema,
});
export type NoticeRecord = z.infer<typeof noticeRecordSchema>;
