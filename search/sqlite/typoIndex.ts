// Typo tolerance from the index's own vocabulary: a symmetric-delete lookup.
// Every term is stored under the strings obtained by deleting up to two of its
// letters; a query word looks up its own deletions, and the candidates are
// checked with the Damerau distance. Deletions are kept as 31-bit hashes packed
// with the term number into one sorted Float64Array (8 bytes per deletion), so
// 100,000 terms fit in a few tens of MB and a lookup is a few binary searches.
import { damerauDistance } from './editDistance.js';

export interface TypoCandidate {
  term: string;
  distance: number;
  /** Documents containing the term (an estimate once documents were added incrementally). */
  documents: number;
}

/** Query words of 4–7 letters tolerate one typo, longer words two, shorter ones none. */
export function allowedTypos(word: string): number {
  if (word.length < 4) return 0;
  return word.length <= 7 ? 1 : 2;
}

const TERM_BITS = 2 ** 22;
const MAX_TERMS = TERM_BITS;
const MIN_TERM_LENGTH = 3;
const MAX_TERM_LENGTH = 30;
const LETTERS_ONLY = /^\p{L}+$/u;

function hash31(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 1) & 0x7fffffff;
}

function deletions(word: string, depth: number, out: Set<string>): void {
  out.add(word);
  if (depth === 0) return;
  for (let i = 0; i < word.length; i++) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(shorter)) deletions(shorter, depth - 1, out);
  }
}

/** Terms that could match a query word within two typos need two deletions; short ones one. */
function indexDepth(term: string): number {
  return term.length >= 6 ? 2 : 1;
}

export function isTypoTerm(term: string): boolean {
  return term.length >= MIN_TERM_LENGTH && term.length <= MAX_TERM_LENGTH && LETTERS_ONLY.test(term);
}

export class TypoIndex {
  private readonly terms: string[] = [];
  private readonly documents: number[] = [];
  private readonly ids = new Map<string, number>();
  /** hash × 2^22 + term number, sorted. */
  private sorted = new Float64Array(0);
  /** Deletions of terms added one by one since the build, by hash (the owner rebuilds when it grows). */
  private pending = new Map<number, number[]>();
  private pendingDeletions = 0;

  /** Builds the lookup from (term, document count) pairs, e.g. from `fts5vocab`. */
  static build(vocabulary: Iterable<readonly [string, number]>): TypoIndex {
    const index = new TypoIndex();
    let keys = new Float64Array(1 << 16);
    let length = 0;
    const scratch = new Set<string>();
    for (const [term, documents] of vocabulary) {
      const id = index.register(term, documents);
      if (id === undefined) continue;
      scratch.clear();
      deletions(term, indexDepth(term), scratch);
      if (length + scratch.size > keys.length) {
        const grown = new Float64Array(Math.max(keys.length * 2, length + scratch.size));
        grown.set(keys.subarray(0, length));
        keys = grown;
      }
      for (const variant of scratch) keys[length++] = hash31(variant) * TERM_BITS + id;
    }
    index.sorted = keys.slice(0, length).sort();
    return index;
  }

  get size(): number {
    return this.terms.length;
  }

  /** Documents containing `term`, or undefined when the vocabulary does not know it. */
  documentFrequency(term: string): number | undefined {
    const id = this.ids.get(term);
    return id === undefined ? undefined : this.documents[id];
  }

  /** Adds a term seen in `documents` more documents (incremental upserts between rebuilds). */
  add(term: string, documents = 1): void {
    const known = this.ids.get(term);
    if (known !== undefined) {
      this.documents[known]! += documents;
      return;
    }
    const id = this.register(term, documents);
    if (id === undefined) return;
    const variants = new Set<string>();
    deletions(term, indexDepth(term), variants);
    for (const variant of variants) {
      const h = hash31(variant);
      const list = this.pending.get(h);
      if (list) list.push(id);
      else this.pending.set(h, [id]);
    }
    this.pendingDeletions += variants.size;
  }

  /** Deletions added incrementally and not yet merged into the sorted array. */
  get pendingSize(): number {
    return this.pendingDeletions;
  }

  /** Known terms within the allowed number of typos of `word`, closest and most frequent first. */
  corrections(word: string, limit: number, maxTypos = allowedTypos(word)): TypoCandidate[] {
    if (maxTypos === 0) return [];
    const variants = new Set<string>();
    deletions(word, maxTypos, variants);
    const seen = new Set<number>();
    for (const variant of variants) {
      const h = hash31(variant);
      this.collect(h, seen);
      for (const id of this.pending.get(h) ?? []) seen.add(id);
    }
    const found: TypoCandidate[] = [];
    for (const id of seen) {
      const term = this.terms[id]!;
      if (term === word) continue;
      const distance = damerauDistance(word, term, maxTypos);
      if (distance <= maxTypos) found.push({ term, distance, documents: this.documents[id]! });
    }
    found.sort(
      (a, b) =>
        a.distance - b.distance ||
        b.documents - a.documents ||
        (a.term < b.term ? -1 : a.term > b.term ? 1 : 0),
    );
    return found.slice(0, limit);
  }

  private register(term: string, documents: number): number | undefined {
    if (!isTypoTerm(term) || this.terms.length >= MAX_TERMS) return undefined;
    const known = this.ids.get(term);
    if (known !== undefined) {
      this.documents[known] = Math.max(this.documents[known]!, documents);
      return undefined;
    }
    const id = this.terms.length;
    this.terms.push(term);
    this.documents.push(documents);
    this.ids.set(term, id);
    return id;
  }

  private collect(h: number, into: Set<number>): void {
    const low = h * TERM_BITS;
    const high = low + TERM_BITS;
    const keys = this.sorted;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! < low) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < keys.length && keys[i]! < high; i++) into.add(keys[i]! - low);
  }
}
