// Search use cases other than members: spaces, calls for tenders and the skill
// autocomplete. The index finds and ranks; the graph supplies the entities, and
// a hit whose entity is gone (the index may lag the graph by one sync) drops out.
import type { UiLanguage } from '../../domain/entities/common.js';
import type { Space } from '../../domain/entities/space.js';
import type { Tender } from '../../domain/entities/tender.js';
import { TenderRepository } from '../../graph/repositories/tenderRepository.js';
import type { EntityHit, SkillSuggestion } from '../../search/searchIndex.js';
import type { Services } from '../services.js';
import { asArguments, type GeoRadiusInput, nearOf } from './searchRequest.js';

export interface EntitySearchRequest {
  query: string;
  near?: GeoRadiusInput | null;
  sort?: 'relevance' | 'distance' | null;
  first?: number | null;
  offset?: number | null;
}

export interface EntityResult<T> {
  hit: EntityHit;
  entity: T;
}

export interface EntityPage<T> {
  totalCount: number;
  hits: EntityResult<T>[];
}

function indexRequest(request: EntitySearchRequest) {
  return {
    text: request.query,
    near: nearOf(request.near),
    sort: request.sort ?? 'relevance',
    limit: request.first ?? 20,
    offset: request.offset ?? 0,
  };
}

/** Hits whose entity still exists, in order. */
async function withEntities<T>(
  hits: readonly EntityHit[],
  load: (id: string) => Promise<T | null>,
): Promise<EntityResult<T>[]> {
  const entities = await Promise.all(hits.map((hit) => load(hit.id)));
  return hits.flatMap((hit, i) => {
    const entity = entities[i];
    return entity ? [{ hit, entity }] : [];
  });
}

export async function searchSpaces(
  services: Services,
  request: EntitySearchRequest,
  loadSpace: (id: string) => Promise<Space | null>,
): Promise<EntityPage<Space>> {
  const page = await asArguments(() => services.search.searchSpaces(indexRequest(request)));
  return { totalCount: page.total, hits: await withEntities(page.hits, loadSpace) };
}

export async function searchTenders(
  services: Services,
  request: EntitySearchRequest & { openOnly?: boolean | null },
): Promise<EntityPage<Tender>> {
  const page = await asArguments(() =>
    services.search.searchTenders({
      ...indexRequest(request),
      filters: request.openOnly ? { status: ['open'] } : {},
    }),
  );
  const tenders = new TenderRepository(services.graph);
  return { totalCount: page.total, hits: await withEntities(page.hits, (id) => tenders.get(id)) };
}

export function suggestSkills(
  services: Services,
  request: { prefix: string; language: UiLanguage; first?: number | null },
): Promise<SkillSuggestion[]> {
  return asArguments(() =>
    services.search.suggestSkills(request.prefix, request.language, request.first ?? 10),
  );
}
