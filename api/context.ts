// What every resolver receives: the process-wide services, who is asking, in
// which language, and per-request DataLoaders (batching and caching per request).
import type { Config } from '../domain/config.js';
import type { UiLanguage } from '../domain/entities/common.js';
import type { Viewer } from '../domain/policy/profileVisibility.js';
import type { Taxonomy } from '../domain/taxonomy.js';
import type { GraphStore } from '../graph/graphStore.js';
import type { GraphRepositories } from '../graph/repositories/index.js';
import type { Loaders } from './loaders.js';

export interface Services {
  config: Config;
  graph: GraphStore;
  repositories: GraphRepositories;
  taxonomy: Taxonomy;
}

export interface RequestContext {
  services: Services;
  viewer: Viewer;
  language: UiLanguage;
  loaders: Loaders;
}
