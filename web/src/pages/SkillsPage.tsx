// The skills taxonomy by field, in the interface language, filterable (synonyms included).
import { useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { groupSkills } from '../app/skillGroups.js';
import { useDocumentTitle } from '../app/useDocumentTitle.js';
import { SKILLS_LIST, type SkillsListData } from '../graphql/documents.js';
import type { SkillOption } from '../graphql/types.js';
import { foldForSearch } from '../i18n/foldForSearch.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { TextField } from '../ui/Field.js';
import { ErrorNotice, Loading } from '../ui/Status.js';

function matches(skill: SkillOption, wanted: string): boolean {
  return [skill.label, ...skill.altLabels].some((name) => foldForSearch(name).includes(wanted));
}

export default function SkillsPage() {
  const { t, language } = useI18n();
  useDocumentTitle(t('skills.title'));
  const [text, setText] = useState('');
  const [result, retry] = useQuery<SkillsListData>({ query: SKILLS_LIST });
  const wanted = foldForSearch(text);
  const groups = groupSkills(result.data?.skills ?? [], language)
    .map((group) => ({
      field: group.field,
      skills: group.skills.filter((skill) => matches(skill, wanted)),
      fieldMatches: matches(group.field, wanted),
    }))
    .filter((group) => group.fieldMatches || group.skills.length > 0);
  return (
    <>
      <h1>{t('skills.title')}</h1>
      <p className="page-intro">{t('skills.intro')}</p>
      <div className="toolbar">
        <TextField
          label={t('skills.filter')}
          type="search"
          value={text}
          onChange={setText}
          autoComplete="off"
        />
      </div>
      {result.error && (
        <ErrorNotice error={result.error} onRetry={() => retry({ requestPolicy: 'network-only' })} />
      )}
      {!result.data && !result.error && <Loading />}
      <ul className="card-grid">
        {groups.map((group) => (
          <li key={group.field.slug}>
            <section className="card" aria-labelledby={`field-${group.field.slug}`}>
              <h2 id={`field-${group.field.slug}`}>
                <Link href={`/skills/${group.field.slug}`}>{group.field.label}</Link>
              </h2>
              <ul className="tags">
                {group.skills.map((skill) => (
                  <li key={skill.slug}>
                    <Link className="tag" href={`/skills/${skill.slug}`}>
                      {skill.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          </li>
        ))}
      </ul>
    </>
  );
}
