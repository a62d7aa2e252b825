// One filière: what it covers and its members.
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { useDocumentTitle } from '../app/useDocumentTitle.js';
import { FILIERE_PAGE, type FilierePageData } from '../graphql/documents.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { MemberCard, MemberGrid } from '../ui/MemberCard.js';
import { Pager } from '../ui/Pager.js';
import { Empty, ErrorNotice, Loading } from '../ui/Status.js';
import { usePagedCursor } from '../ui/usePagedCursor.js';

const PAGE_SIZE = 24;

export default function FilierePage({ slug }: { slug: string }) {
  const { t, plural } = useI18n();
  const paging = usePagedCursor(slug);
  const [result, retry] = useQuery<FilierePageData>({
    query: FILIERE_PAGE,
    variables: { slug, first: PAGE_SIZE, after: paging.after },
  });
  const filiere = result.data?.filiere;
  useDocumentTitle(filiere?.label);
  if (result.error)
    return <ErrorNotice error={result.error} onRetry={() => retry({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Loading />;
  if (!filiere) return <Empty>{t('status.notFoundHint')}</Empty>;
  return (
    <>
      <h1>{filiere.label}</h1>
      {filiere.description && <p className="page-intro">{filiere.description}</p>}
      <section className="section" aria-labelledby="core-title">
        <h2 id="core-title">{t('filieres.coreSkills')}</h2>
        <ul className="tags">
          {filiere.coreSkills.map((skill) => (
            <li key={skill.slug}>
              <Link className="tag" href={`/skills/${skill.slug}`}>
                {skill.label}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section className="section" aria-labelledby="members-title">
        <h2 id="members-title">{t('filieres.members')}</h2>
        <p className="card__meta">{plural('directory.results', filiere.members.totalCount)}</p>
        <MemberGrid>
          {filiere.members.edges.map(({ node }) => (
            <li key={node.handle}>
              <MemberCard member={node} />
            </li>
          ))}
        </MemberGrid>
        <Pager
          page={paging.page}
          hasNext={filiere.members.pageInfo.hasNextPage}
          onPrevious={paging.previous}
          onNext={() => paging.next(filiere.members.pageInfo.endCursor)}
        />
      </section>
    </>
  );
}
