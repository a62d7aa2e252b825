// The taxonomy as search synonyms: which skills a query word names, in any of
// fr/en/nl, by label or alternative label ("keramist", "ceramist", "céramiste"
// and "poterie" all name *ceramics*), and the narrower skills a broad one covers.
import type { Taxonomy } from '../domain/taxonomy.js';
import { queryWords } from './textAnalysis.js';

export class SkillVocabulary {
  private readonly byAnyWord = new Map<string, string[]>();
  private readonly allWords = new Set<string>();
  private readonly sortedWords: string[];
  private readonly wordsBySkill = new Map<string, Set<string>>();
  private readonly wordNumbersBySkill = new Map<string, Int32Array>();
  private readonly wordNumber = new Map<string, number>();
  private readonly lastStamp: Int32Array;
  private stamp = 0;

  constructor(readonly taxonomy: Taxonomy) {
    for (const skill of taxonomy.skills) {
      for (const term of taxonomy.terms(skill.id)) {
        const words = queryWords(term);
        const own = this.wordsBySkill.get(skill.id) ?? new Set<string>();
        for (const w of words) {
          this.allWords.add(w);
          own.add(w);
          const list = this.byAnyWord.get(w) ?? [];
          if (!list.includes(skill.id)) list.push(skill.id);
          this.byAnyWord.set(w, list);
        }
        this.wordsBySkill.set(skill.id, own);
      }
    }
    this.sortedWords = [...this.allWords].sort();
    for (const [i, w] of this.sortedWords.entries()) this.wordNumber.set(w, i);
    this.lastStamp = new Int32Array(this.sortedWords.length);
  }

  /** Skills with this word in one of their labels ("portrait" → portrait photography). */
  skillsWithWord(word: string): readonly string[] {
    return this.byAnyWord.get(word) ?? [];
  }

  /** Skills with a word starting with `prefix` in one of their labels (autocomplete). */
  skillsWithWordPrefix(prefix: string): string[] {
    const words = this.sortedWords;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out = new Set<string>();
    for (let i = lo; i < words.length && words[i]!.startsWith(prefix); i++) {
      for (const id of this.byAnyWord.get(words[i]!) ?? []) out.add(id);
    }
    return [...out];
  }

  /** True when the word appears in some skill label: a real word, not a typo. */
  knows(word: string): boolean {
    return this.allWords.has(word);
  }

  /** The words of a skill's labels and alternative labels in every language. */
  wordsOf(id: string): ReadonlySet<string> {
    return this.wordsBySkill.get(id) ?? new Set();
  }

  /**
   * The distinct words of these skills' labels, each in the list of the best
   * level among the skills it belongs to (index 0 = level 1). Runs once per
   * indexed member, hence word numbers and a stamp array instead of sets.
   */
  wordsByBestLevel(skills: readonly { id: string; level: number }[], levels = 5): string[][] {
    const out: string[][] = Array.from({ length: levels }, () => []);
    this.stamp++;
    const sorted = [...skills].sort((a, b) => b.level - a.level);
    for (const s of sorted) {
      const column = out[s.level - 1];
      if (!column) continue;
      for (const w of this.wordNumbersOf(s.id)) {
        if (this.lastStamp[w] === this.stamp) continue;
        this.lastStamp[w] = this.stamp;
        column.push(this.sortedWords[w]!);
      }
    }
    return out;
  }

  private wordNumbersOf(id: string): Int32Array {
    let numbers = this.wordNumbersBySkill.get(id);
    if (!numbers) {
      numbers = Int32Array.from([...this.wordsOf(id)].map((w) => this.wordNumber.get(w)!));
      this.wordNumbersBySkill.set(id, numbers);
    }
    return numbers;
  }

  /** Every word of every label, for the typo dictionary. */
  words(): Iterable<string> {
    return this.allWords;
  }

  /** The skills and all the skills below them, without duplicates. */
  withNarrower(ids: Iterable<string>): string[] {
    const out = new Set<string>();
    for (const id of ids) for (const d of this.taxonomy.selfAndDescendants(id)) out.add(d);
    return [...out];
  }

  /**
   * Multi-way synonyms for engines that expand queries themselves (Meilisearch):
   * every label of a skill, in every language, stands for every other.
   */
  synonymGroups(): Record<string, string[]> {
    const groups: Record<string, Set<string>> = {};
    for (const skill of this.taxonomy.skills) {
      const terms = this.taxonomy.terms(skill.id);
      for (const term of terms) {
        const set = groups[term] ?? new Set<string>();
        for (const other of terms) if (other !== term) set.add(other);
        groups[term] = set;
      }
    }
    return Object.fromEntries(
      Object.entries(groups)
        .filter(([, set]) => set.size > 0)
        .map(([term, set]) => [term, [...set].sort()]),
    );
  }
}
