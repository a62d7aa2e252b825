// A tender typed in by a member: created (open, by the viewer) or edited by its
// author, a conseiller or an admin (domain/policy canManageTender). Only the
// fields given change; a new point without a new place name clears the old name
// (it would label the wrong place). Every failing field is named and nothing is
// written (tenderInput.ts).
import type { Tender } from '../../domain/entities/tender.js';
import { handTypedTenderSource } from '../../domain/entities/tenderSource.js';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import { canManageTender } from '../../domain/policy/profileVisibility.js';
import { deadlineFromText, extractSkills } from '../../procurement/index.js';
import type { UseCaseContext } from '../useCaseContext.js';
import { EMPTY_TENDER_INPUT, parseTenderInput, tenderAsInput } from './tenderInput.js';

/** Characters of a pasted text the skill and deadline finders read. */
const MAX_PASTED_TEXT = 100_000;

export async function createTender(context: UseCaseContext, given: Record<string, unknown>): Promise<Tender> {
  const parsed = parseTenderInput(given, EMPTY_TENDER_INPUT, context.services.taxonomy);
  const { lot, placeName, ...fields } = parsed;
  const now = Date.now();
  const tender: Tender = {
    ...fields,
    id: newId('tdr'),
    status: 'open',
    createdBy: context.viewer.memberId ?? context.viewer.accountId,
    createdAt: now,
    updatedAt: now,
  };
  return context.services.repositories.tenders.create(
    tender,
    handTypedTenderSource(tender.id, placeName, lot),
  );
}

export async function updateTender(
  context: UseCaseContext,
  id: string,
  given: Record<string, unknown>,
  status: Tender['status'] | null,
): Promise<Tender> {
  const { tenders } = context.services.repositories;
  const tender = await tenders.get(id);
  if (!tender) throw new NotFoundError('tender', id);
  if (!canManageTender(context.viewer, tender))
    throw new ForbiddenError('Only its author, a conseiller or an admin changes a tender');
  const source = await tenders.source(id);
  const base = tenderAsInput(tender, source);
  const changes = { ...given };
  // A new point without a new name: the old name would label the wrong place.
  if (('lat' in changes || 'lon' in changes) && !('placeName' in changes)) changes.placeName = null;
  const { lot, placeName, ...fields } = parseTenderInput(changes, base, context.services.taxonomy);
  const updated: Tender = {
    ...tender,
    ...fields,
    status: status ?? tender.status,
    updatedAt: Date.now(),
  };
  return tenders.update(updated, { lot, placeName });
}

function pasted(text: string): string {
  if (text.length > MAX_PASTED_TEXT) {
    throw BadUserInputError.at(['text'], `must be at most ${MAX_PASTED_TEXT} characters`);
  }
  return text;
}

/** Skills of the taxonomy a pasted text names, for the author to confirm. */
export function skillsInText(context: Pick<UseCaseContext, 'services'>, text: string) {
  return extractSkills(pasted(text), context.services.taxonomy);
}

/** The submission deadline a pasted text states, or null. */
export function deadlineInText(text: string) {
  return deadlineFromText(pasted(text));
}
