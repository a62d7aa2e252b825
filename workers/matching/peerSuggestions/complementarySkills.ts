// Complementary skill pairs for peer suggestions, from the taxonomy's RELATED
// links (e.g. ceramics ↔ sculpture, joinery ↔ space planning): skills that
// work together in a project without being the same trade.
import type { Taxonomy } from '../../../domain/taxonomy.js';

export function complementarySkillPairs(taxonomy: Taxonomy): [string, string][] {
  const seen = new Set<string>();
  const pairs: [string, string][] = [];
  for (const skill of taxonomy.skills) {
    for (const other of skill.related) {
      if (other === skill.id || !taxonomy.has(other)) continue;
      const [a, b] = skill.id < other ? [skill.id, other] : [other, skill.id];
      const key = `${a}\u0000${b}`;
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push([a, b]);
    }
  }
  return pairs;
}
