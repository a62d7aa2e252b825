// The one check every use case taking skill slugs makes (filières, mentoring,
// tenders): each slug not in the taxonomy is a problem naming its field, with
// a reason code the reader sees in their language.
import type { FieldProblem } from '../domain/errors.js';
import type { Taxonomy } from '../domain/taxonomy.js';

/** One problem per slug the taxonomy does not know, at `[...path, index]` (or `[...path, index, ...within]`). */
export function unknownSkills(
  taxonomy: Taxonomy,
  skills: readonly string[],
  path: (string | number)[],
  within: (string | number)[] = [],
): FieldProblem[] {
  return skills.flatMap((skill, i) =>
    taxonomy.has(skill)
      ? []
      : [
          {
            path: [...path, i, ...within],
            message: `unknown skill "${skill}"`,
            reason: { code: 'skill.unknown', params: { skill } },
          },
        ],
  );
}
