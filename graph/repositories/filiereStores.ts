// The filière repositories over one store, built once per store and shared by
// the API resolvers (they are stateless wrappers around the store).
import type { GraphStore } from '../graphStore.js';
import { FiliereEventRepository } from './filiereEventRepository.js';
import { FiliereManagementRepository } from './filiereManagementRepository.js';
import { ProposedFiliereRepository } from './proposedFiliereRepository.js';

export interface FiliereStores {
  management: FiliereManagementRepository;
  events: FiliereEventRepository;
  proposals: ProposedFiliereRepository;
}

const byStore = new WeakMap<GraphStore, FiliereStores>();

export function filiereStores(store: GraphStore): FiliereStores {
  let stores = byStore.get(store);
  if (!stores) {
    stores = {
      management: new FiliereManagementRepository(store),
      events: new FiliereEventRepository(store),
      proposals: new ProposedFiliereRepository(store),
    };
    byStore.set(store, stores);
  }
  return stores;
}
