// One filière: what it covers and its members.
import { FILIERE_PAGE, type FilierePageData } from '../graphql/documents.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { PagedMemberGrid } from '../ui/PagedMemberGrid.js';
import { SkillTags } from '../ui/SkillTags.js';
import { PagedSlugPage } from './PagedSlugPage.js';

export default function FilierePage({ slug }: { slug: string }) {
  const { t, plural } = useI18n();
  return (
    <PagedSlugPage
      query={FILIERE_PAGE}
      slug={slug}
      select={(data: FilierePageData) => data.filiere}
      title={(filiere) => filiere.label}
    >
      {(filiere, paging) => (
        <>
          <h1>{filiere.label}</h1>
          {filiere.description && <p className="page-intro">{filiere.description}</p>}
          <section className="section" aria-labelledby="core-title">
            <h2 id="core-title">{t('filieres.coreSkills')}</h2>
            <SkillTags skills={filiere.coreSkills} />
          </section>
          <section className="section" aria-labelledby="members-title">
            <h2 id="members-title">{t('filieres.members')}</h2>
            <p className="card__meta">{plural('directory.results', filiere.members.totalCount)}</p>
            <PagedMemberGrid members={filiere.members} paging={paging} />
          </section>
        </>
      )}
    </PagedSlugPage>
  );
}
