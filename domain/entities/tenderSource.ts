// Where a tender comes from: a lot label typed by its author, or a lot of an
// imported procurement notice.
import { z } from 'zod';

export const tenderSourceSchema = z.object({
  tenderId: z.string().min(1),
  /** The lot's name (a hand-made tender's lot, or the notice lot's title). */
  lot: z.string().nullable(),
  /** The Notice node's key, "<noticeId>@<version>"; null for a tender typed in by hand. */
  noticeKey: z.string().nullable(),
  noticeId: z.string().nullable(),
  noticeVersion: z.string().nullable(),
  /** The lot's id in the notice, e.g. "LOT-0001". */
  lotId: z.string().nullable(),
  /** NUTS code of the lot's place. */
  nuts: z.string().nullable(),
  /** The town or region main city the tender's point stands for. */
  placeName: z.string().nullable(),
  cpv: z.array(z.string()),
});
export type TenderSource = z.infer<typeof tenderSourceSchema>;

/** A tender typed in by hand: no notice behind it, only its lot's name and its place. */
export function handTypedTenderSource(
  tenderId: string,
  placeName: string | null,
  lot: string | null = null,
): TenderSource {
  return {
    tenderId,
    lot,
    noticeKey: null,
    noticeId: null,
    noticeVersion: null,
    lotId: null,
    nuts: null,
    placeName,
    cpv: [],
  };
}
