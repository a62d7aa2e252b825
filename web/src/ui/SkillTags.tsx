// Skills as a row of tags, each a link to the skill's page (a filière's core skills, a field's skills).
import { Link } from 'wouter';
import type { SkillSummary } from '../graphql/types.js';

export function SkillTags({ skills }: { skills: readonly Pick<SkillSummary, 'slug' | 'label'>[] }) {
  return (
    <ul className="tags">
      {skills.map((skill) => (
        <li key={skill.slug}>
          <Link className="tag" href={`/skills/${skill.slug}`}>
            {skill.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
