// One skill: its place in the taxonomy and the members who practise it (best level first).
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { useDocumentTitle } from '../app/useDocumentTitle.js';
import { SKILL_PAGE, type SkillPageData } from '../graphql/documents.js';
import type { SkillSummary } from '../graphql/types.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { MemberCard, MemberGrid } from '../ui/MemberCard.js';
import { Empty, ErrorNotice, Loading } from '../ui/Status.js';

function SkillLinks({ title, skills }: { title: string; skills: SkillSummary[] }) {
  if (skills.length === 0) return null;
  return (
    <p>
      <strong>{title} :</strong>{' '}
      {skills.map((skill, index) => (
        <span key={skill.slug}>
          {index > 0 && ', '}
          <Link href={`/skills/${skill.slug}`}>{skill.label}</Link>
        </span>
      ))}
    </p>
  );
}

export default function SkillPage({ slug }: { slug: string }) {
  const { t } = useI18n();
  const [result, retry] = useQuery<SkillPageData>({ query: SKILL_PAGE, variables: { slug } });
  const skill = result.data?.skill;
  useDocumentTitle(skill?.label);
  if (result.error)
    return <ErrorNotice error={result.error} onRetry={() => retry({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Loading />;
  if (!skill) return <Empty>{t('status.notFoundHint')}</Empty>;
  return (
    <>
      <h1>{skill.label}</h1>
      {skill.altLabels.length > 0 && (
        <p className="page-intro">{t('skills.alsoCalled', { names: skill.altLabels.join(', ') })}</p>
      )}
      <SkillLinks title={t('skills.broader')} skills={skill.broader ? [skill.broader] : []} />
      <SkillLinks title={t('skills.narrower')} skills={skill.narrower} />
      <SkillLinks title={t('skills.related')} skills={skill.related} />
      <section className="section" aria-labelledby="holders-title">
        <h2 id="holders-title">{t('skills.holders')}</h2>
        {result.data.membersWithSkill.length === 0 ? (
          <Empty>{t('directory.empty')}</Empty>
        ) : (
          <MemberGrid>
            {result.data.membersWithSkill.map(({ member }) => (
              <li key={member.handle}>
                <MemberCard member={member} />
              </li>
            ))}
          </MemberGrid>
        )}
        <p>
          <Link href={`/?skill=${encodeURIComponent(skill.slug)}`}>{t('nav.directory')} →</Link>
        </p>
      </section>
    </>
  );
}
