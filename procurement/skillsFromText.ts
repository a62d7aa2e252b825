// Skills named in free text (a call for tenders, a pasted description) in
// French, Dutch, English or German, found through the taxonomy's labels and
// synonyms: whole words and phrases on folded text (accents and case ignored),
// plural and feminine forms accepted, longest phrase first. Each skill comes
// with the phrase that triggered it, as written, so that a member sees why.
import type { Taxonomy } from '../domain/taxonomy.js';
import { type ExtraSkillTerms, type SkillTerm, skillTermIndex } from './text/skillTermIndex.js';
import { type Token, tokenize } from './text/tokens.js';

export interface SkillMention {
  /** A skill id of the taxonomy. */
  id: string;
  /** The phrase of the text that names the skill, e.g. `photographes`. */
  because: string;
}

export interface ExtractSkillsOptions {
  /** Terms per skill id beyond the taxonomy's fr/en/nl ones (German terms by default). */
  extraTerms?: ExtraSkillTerms;
}

interface Match {
  start: number;
  length: number;
  term: SkillTerm;
}

/** Skills named in `text`, in order of first mention, each once. */
export function extractSkills(
  text: string,
  taxonomy: Taxonomy,
  options: ExtractSkillsOptions = {},
): SkillMention[] {
  const index = skillTermIndex(taxonomy, options.extraTerms);
  const tokens = tokenize(text);
  const matches: Match[] = [];
  tokens.forEach((token, start) => {
    for (const term of index.byFirstWord.get(token.folded) ?? []) {
      if (matchesAt(tokens, start, term)) matches.push({ start, length: term.words.length, term });
    }
  });

  // Longest phrases first; a word belongs to one phrase at most ("chef de projet" is not also "chef").
  matches.sort((a, b) => b.length - a.length || a.start - b.start);
  const used = new Uint8Array(tokens.length);
  const mentions = new Map<string, SkillMention & { position: number }>();
  for (const match of matches) {
    if (used.subarray(match.start, match.start + match.length).some((flag) => flag === 1)) continue;
    used.fill(1, match.start, match.start + match.length);
    const first = tokens[match.start]!;
    const last = tokens[match.start + match.length - 1]!;
    const because = text.slice(first.start, last.end);
    for (const id of mostSpecific(match.term.skills, taxonomy)) {
      const known = mentions.get(id);
      if (!known || known.position > first.start) mentions.set(id, { id, because, position: first.start });
    }
  }
  return [...mentions.values()]
    .sort((a, b) => a.position - b.position)
    .map(({ id, because }) => ({ id, because }));
}

function matchesAt(tokens: readonly Token[], start: number, term: SkillTerm): boolean {
  return term.words.every((word, offset) => {
    const token = tokens[start + offset];
    return token !== undefined && word.forms.has(token.folded) && (!word.capitals || token.capitals);
  });
}

/** A term listed for a skill and for its broader skill names the narrower one (`architecte` → architecture). */
function mostSpecific(skills: readonly string[], taxonomy: Taxonomy): string[] {
  return skills.filter(
    (skill) => !skills.some((other) => other !== skill && taxonomy.ancestors(other).includes(skill)),
  );
}
