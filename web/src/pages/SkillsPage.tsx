// The skills taxonomy by field, in the interface language, filterable (synonyms included).
import { Link } from 'wouter';
import { groupSkills } from '../app/skillGroups.js';
import { SKILLS_LIST, type SkillsListData } from '../graphql/documents.js';
import type { SkillOption } from '../graphql/types.js';
import { foldForSearch } from '../i18n/foldForSearch.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { SkillTags } from '../ui/SkillTags.js';
import { FilteredListPage } from './FilteredListPage.js';

function matches(skill: SkillOption, wanted: string): boolean {
  return [skill.label, ...skill.altLabels].some((name) => foldForSearch(name).includes(wanted));
}

export default function SkillsPage() {
  const { language } = useI18n();
  return (
    <FilteredListPage<SkillsListData>
      words={{ title: 'skills.title', intro: 'skills.intro', filter: 'skills.filter' }}
      query={SKILLS_LIST}
    >
      {(data, wanted) => (
        <ul className="card-grid">
          {groupSkills(data?.skills ?? [], language)
            .map((group) => ({
              field: group.field,
              skills: group.skills.filter((skill) => matches(skill, wanted)),
              fieldMatches: matches(group.field, wanted),
            }))
            .filter((group) => group.fieldMatches || group.skills.length > 0)
            .map((group) => (
              <li key={group.field.slug}>
                <section className="card" aria-labelledby={`field-${group.field.slug}`}>
                  <h2 id={`field-${group.field.slug}`}>
                    <Link href={`/skills/${group.field.slug}`}>{group.field.label}</Link>
                  </h2>
                  <SkillTags skills={group.skills} />
                </section>
              </li>
            ))}
        </ul>
      )}
    </FilteredListPage>
  );
}
