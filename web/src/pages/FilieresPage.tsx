// The professional sectors (filières) and their core skills.
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { useDocumentTitle } from '../app/useDocumentTitle.js';
import { FILIERES_LIST, type FilieresListData } from '../graphql/documents.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { ErrorNotice, Loading } from '../ui/Status.js';

export default function FilieresPage() {
  const { t, language } = useI18n();
  useDocumentTitle(t('filieres.title'));
  const [result, retry] = useQuery<FilieresListData>({ query: FILIERES_LIST });
  const collator = new Intl.Collator(language);
  const filieres = [...(result.data?.filieres ?? [])].sort((a, b) => collator.compare(a.label, b.label));
  return (
    <>
      <h1>{t('filieres.title')}</h1>
      <p className="page-intro">{t('filieres.intro')}</p>
      {result.error && (
        <ErrorNotice error={result.error} onRetry={() => retry({ requestPolicy: 'network-only' })} />
      )}
      {!result.data && !result.error && <Loading />}
      <ul className="card-grid">
        {filieres.map((filiere) => (
          <li key={filiere.slug}>
            <article className="card">
              <h2>
                <Link href={`/filieres/${filiere.slug}`}>{filiere.label}</Link>
              </h2>
              <ul className="tags" aria-label={t('filieres.coreSkills')}>
                {filiere.coreSkills.map((skill) => (
                  <li key={skill.slug} className="tag">
                    {skill.label}
                  </li>
                ))}
              </ul>
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
