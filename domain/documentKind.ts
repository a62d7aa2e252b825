// The kinds of search documents: what the search index, its sync and the
// graph's tombstones all name, so it lives below all of them.
import { z } from 'zod';

export const DOCUMENT_KINDS = ['member', 'space', 'project', 'tender', 'skill'] as const;
export const documentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof documentKindSchema>;
