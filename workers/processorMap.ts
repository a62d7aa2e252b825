// Binds each processor to its dependencies: the map a worker pool runs. A queue
// whose dependencies are not given gets no processor, so a worker process can
// serve only some queues (and leave the others to other processes).
import type { ProcessorMap } from './jobQueue.js';
import {
  type CollaborationWeightsDeps,
  recomputeCollaborationWeights,
} from './processors/collaborationWeights.js';
import { type DigestDeps, digest } from './processors/digest.js';
import { type ImportDeps, importMembers } from './processors/importMembers.js';
import { type MaintenanceDeps, maintenance } from './processors/maintenance.js';
import { type SearchSyncDeps, searchSync } from './processors/searchSync.js';
import { type SuggestionsDeps, suggestions } from './processors/suggestions.js';

export interface ProcessorDeps {
  searchSync?: SearchSyncDeps;
  suggestions?: SuggestionsDeps;
  import?: ImportDeps;
  collaborationGraph?: CollaborationWeightsDeps;
  digest?: DigestDeps;
  maintenance?: MaintenanceDeps;
}

export function bindProcessors(deps: ProcessorDeps): ProcessorMap {
  const map: ProcessorMap = {};
  const {
    searchSync: sync,
    suggestions: suggest,
    import: importing,
    collaborationGraph: collaborations,
    digest: mail,
    maintenance: housekeeping,
  } = deps;
  if (sync) map['search-sync'] = (job) => searchSync(job, sync);
  if (suggest) map.suggestions = (job) => suggestions(job, suggest);
  if (importing) map.import = (job) => importMembers(job, importing);
  if (collaborations)
    map['collaboration-graph'] = (job) => recomputeCollaborationWeights(job, collaborations);
  if (mail) map.digest = (job) => digest(job, mail);
  if (housekeeping) map.maintenance = (job) => maintenance(job, housekeeping);
  return map;
}
