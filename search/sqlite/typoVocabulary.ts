// Keeps the typo lookup in step with the index: built from fts5vocab (members
// and entities) plus every word of the taxonomy, taught the words of small
// upserts at once, rebuilt before the next search after a bulk load.
import type { SearchDocument } from '../documents.js';
import type { SkillVocabulary } from '../skillVocabulary.js';
import { queryWords } from '../textAnalysis.js';
import { entityRow } from './entityRows.js';
import { memberFtsValues } from './memberRows.js';
import type { Statements } from './statements.js';
import { isTypoTerm, TypoIndex } from './typoIndex.js';

/** Upserts of more documents than this mark the lookup for a rebuild instead of updating it word by word. */
const INCREMENTAL_LIMIT = 200;
/** Incremental deletions kept outside the packed array before a rebuild. */
const MAX_PENDING_DELETIONS = 500_000;

export class TypoVocabulary {
  private index: TypoIndex;
  private stale = false;

  constructor(
    private readonly sql: Statements,
    private readonly skills: SkillVocabulary,
  ) {
    this.index = this.build();
  }

  /** The lookup, rebuilt first if a bulk write made it stale. */
  current(): TypoIndex {
    if (this.stale) {
      this.index = this.build();
      this.stale = false;
    }
    return this.index;
  }

  rebuild(): void {
    this.index = this.build();
    this.stale = false;
  }

  learn(documents: readonly SearchDocument[]): void {
    if (this.stale) return;
    if (documents.length > INCREMENTAL_LIMIT || this.index.pendingSize > MAX_PENDING_DELETIONS) {
      this.stale = true;
      return;
    }
    for (const doc of documents) {
      if (doc.kind === 'skill') continue;
      const texts = doc.kind === 'member' ? memberFtsValues(doc, this.skills) : entityRow(doc).fts;
      const words = new Set(texts.flatMap((t) => queryWords(t)));
      for (const word of words) if (isTypoTerm(word)) this.index.add(word, 1);
    }
  }

  private build(): TypoIndex {
    const vocabulary = new Map<string, number>();
    for (const word of this.skills.words()) vocabulary.set(word, 0);
    const add = (term: string, documents: number) =>
      vocabulary.set(term, (vocabulary.get(term) ?? 0) + documents);
    for (const row of this.sql.memberVocabulary.iterate()) add(row.term, row.documents);
    for (const row of this.sql.entityVocabulary.iterate()) add(row.term, row.documents);
    return TypoIndex.build(vocabulary);
  }
}
