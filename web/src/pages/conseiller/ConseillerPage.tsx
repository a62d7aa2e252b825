// The conseiller dashboard: the filières they animate with their growth and members to invite,
// and new filières proposed from communities no filière covers (accept or dismiss). A filière's
// network graph opens on demand, one at a time.
import { lazy, Suspense, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { useSession } from '../../app/session.js';
import { useDocumentTitle } from '../../app/useDocumentTitle.js';
import {
  ACCEPT_FILIERE_PROPOSAL,
  CONSEILLER_DASHBOARD,
  type ConseillerDashboardData,
  DISMISS_FILIERE_SUGGESTION,
  REQUEST_FILIERE_SUGGESTIONS,
  type RequestFiliereSuggestionsData,
} from '../../graphql/productDocuments.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Empty, ErrorNotice, Loading } from '../../ui/Status.js';
import { JobStatus } from '../tenders/JobStatus.js';
import { useJobProgress } from '../tenders/useJobProgress.js';
import { FiliereInvitations } from './FiliereInvitations.js';
import { GrowthChart } from './GrowthChart.js';

// sigma and graphology load only when a filière graph is shown.
const FiliereGraph = lazy(() => import('./FiliereGraph.js'));

function Proposals({ data, onChanged }: { data: ConseillerDashboardData; onChanged(): void }) {
  const { t, language } = useI18n();
  const [asked, ask] = useMutation<RequestFiliereSuggestionsData>(REQUEST_FILIERE_SUGGESTIONS);
  const [accepted, accept] = useMutation(ACCEPT_FILIERE_PROPOSAL);
  const [dismissed, dismiss] = useMutation(DISMISS_FILIERE_SUGGESTION);
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJobProgress(jobId, onChanged);
  const error = asked.error ?? accepted.error ?? dismissed.error;
  return (
    <section className="section" aria-labelledby="proposed-title">
      <h2 id="proposed-title">{t('conseiller.proposed')}</h2>
      <div className="toolbar">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void ask({}).then((r) => r.data && setJobId(r.data.requestFiliereSuggestions))}
        >
          {t('conseiller.findFilieres')}
        </button>
      </div>
      {error && <ErrorNotice error={error} />}
      <JobStatus job={job} />
      {data.proposedFilieres.length === 0 && <Empty>{t('conseiller.noProposals')}</Empty>}
      <ul className="card-grid">
        {data.proposedFilieres.map((p) => {
          const name = p.labels[language];
          return (
            <li key={p.id} className="card">
              <h3>{name}</h3>
              <p>
                {t('conseiller.proposalFacts', {
                  size: p.size,
                  growth: p.growth,
                  cities: p.cities.join(', '),
                })}
              </p>
              <ul className="tags" aria-label={t('filieres.coreSkills')}>
                {p.skills.map((s) => (
                  <li key={s.slug} className="tag">
                    {s.label}
                  </li>
                ))}
              </ul>
              <p>{p.explanation}</p>
              <div className="toolbar">
                <button
                  type="button"
                  className="button"
                  onClick={() => void accept({ id: p.id }).then(onChanged)}
                >
                  {t('conseiller.accept', { name })}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => void dismiss({ id: p.id }).then(onChanged)}
                >
                  {t('conseiller.dismiss', { name })}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Dashboard() {
  const { t } = useI18n();
  // One filière graph at a time: each holds WebGL contexts, released when it closes.
  const [openGraph, setOpenGraph] = useState<string | null>(null);
  const [result, reload] = useQuery<ConseillerDashboardData>({
    query: CONSEILLER_DASHBOARD,
    requestPolicy: 'cache-and-network',
  });
  if (result.error) return <ErrorNotice error={result.error} />;
  if (!result.data) return <Loading />;
  const { me, filieres } = result.data;
  const admin = me?.roles.includes('ADMIN') ?? false;
  const mine = filieres.filter((f) => admin || me?.scopeFilieres.includes(f.slug));
  return (
    <>
      <p>
        <Link href="/conseiller/mentoring">{t('conseiller.mentoringRounds')}</Link>
      </p>
      <section className="section" aria-labelledby="my-filieres-title">
        <h2 id="my-filieres-title">{t('conseiller.myFilieres')}</h2>
        {mine.length === 0 && <Empty>{t('conseiller.noFilieres')}</Empty>}
        <ul className="plain-list">
          {mine.map((f) => (
            <li key={f.slug} className="card">
              <h3>
                <Link href={`/filieres/${encodeURIComponent(f.slug)}`}>{f.label}</Link>
              </h3>
              <GrowthChart label={f.label} points={f.growth} />
              <FiliereInvitations slug={f.slug} label={f.label} />
              <div className="toolbar">
                <button
                  type="button"
                  className="button button--quiet"
                  aria-expanded={openGraph === f.slug}
                  onClick={() => setOpenGraph(openGraph === f.slug ? null : f.slug)}
                >
                  {t(openGraph === f.slug ? 'conseiller.closeGraph' : 'conseiller.openGraph', {
                    name: f.label,
                  })}
                </button>
              </div>
              {openGraph === f.slug && (
                <Suspense fallback={<Loading />}>
                  <FiliereGraph slug={f.slug} label={f.label} />
                </Suspense>
              )}
            </li>
          ))}
        </ul>
      </section>
      <Proposals data={result.data} onChanged={() => reload({ requestPolicy: 'network-only' })} />
    </>
  );
}

export default function ConseillerPage() {
  const { t } = useI18n();
  useDocumentTitle(t('conseiller.title'));
  const { me, loading } = useSession();
  const roles = me?.roles ?? [];
  const allowed = roles.includes('CONSEILLER') || roles.includes('ADMIN');
  return (
    <>
      <h1>{t('conseiller.title')}</h1>
      <p className="page-intro">{t('conseiller.intro')}</p>
      {loading ? <Loading /> : allowed ? <Dashboard /> : <Empty>{t('conseiller.onlyConseillers')}</Empty>}
    </>
  );
}
