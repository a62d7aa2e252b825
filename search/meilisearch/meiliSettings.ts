// Index settings for Meilisearch: what is searched (in ranking order), what
// filters, facets and sorts, the taxonomy's fr/en/nl synonyms, and the same
// typo rule and function words as the SQLite adapter (one typo from 4
// letters, two from 8; "à", "de", "in", "uit" ignored).
import type { Settings } from 'meilisearch';
import type { SkillVocabulary } from '../skillVocabulary.js';
import { STOP_WORDS } from '../textAnalysis.js';

const TYPO_TOLERANCE: Settings['typoTolerance'] = {
  enabled: true,
  minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
};

export const MEMBER_FACET_ATTRIBUTES = {
  skill: 'skill',
  city: 'city',
  space: 'space',
  filiere: 'filiere',
  community: 'community',
  language: 'language',
  availability: 'availability',
} as const;

export function memberSettings(skills: SkillVocabulary): Settings {
  return {
    searchableAttributes: ['name', 'skillTerms', 'broaderTerms', 'places', 'groups', 'bio'],
    filterableAttributes: [...Object.values(MEMBER_FACET_ATTRIBUTES), 'skillAtLevel', 'visibility', '_geo'],
    sortableAttributes: ['updatedAt', '_geo'],
    rankingRules: [
      'words',
      'typo',
      'proximity',
      'attribute',
      'sort',
      'exactness',
      'maxLevel:desc',
      'updatedAt:desc',
    ],
    synonyms: skills.synonymGroups(),
    stopWords: [...STOP_WORDS],
    typoTolerance: TYPO_TOLERANCE,
    faceting: { maxValuesPerFacet: 100 },
    pagination: { maxTotalHits: 20_000 },
  };
}

export function entitySettings(skills: SkillVocabulary): Settings {
  return {
    searchableAttributes: ['title', 'tags', 'description'],
    filterableAttributes: ['community', 'country', 'status', 'skill', '_geo'],
    sortableAttributes: ['updatedAt', '_geo'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'updatedAt:desc'],
    synonyms: skills.synonymGroups(),
    stopWords: [...STOP_WORDS],
    typoTolerance: TYPO_TOLERANCE,
    pagination: { maxTotalHits: 20_000 },
  };
}

export function skillSettings(): Settings {
  return {
    searchableAttributes: ['label_fr', 'label_en', 'label_nl', 'alt_fr', 'alt_en', 'alt_nl'],
    displayedAttributes: ['id', 'doc'],
    typoTolerance: TYPO_TOLERANCE,
  };
}
