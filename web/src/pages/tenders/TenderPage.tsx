// One tender: what it asks for, "find teams" followed live (jobProgress), the suggested teams
// with who already worked with whom (TeamGraph), each member's explanation and the cost
// breakdown, and leading a bid from one of them.
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, useLocation } from 'wouter';
import { useDocumentTitle } from '../../app/useDocumentTitle.js';
import {
  CREATE_BID,
  type CreateBidData,
  SUGGEST_TEAMS,
  type SuggestTeamsData,
  TENDER_PAGE,
  type TenderPageData,
} from '../../graphql/productDocuments.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Empty, ErrorNotice, Loading } from '../../ui/Status.js';
import { RequireMember } from '../bids/RequireMember.js';
import { JobStatus } from './JobStatus.js';
import { LotSkillReasons } from './LotSkillReasons.js';
import { TeamExplanation } from './TeamExplanation.js';
import { TeamGraph } from './TeamGraph.js';
import { TenderDescription } from './TenderDescription.js';
import { TenderFacts } from './TenderFacts.js';
import { useJobProgress } from './useJobProgress.js';

function Tender({ id }: { id: string }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [result, reload] = useQuery<TenderPageData>({ query: TENDER_PAGE, variables: { id } });
  const [asked, suggestTeams] = useMutation<SuggestTeamsData>(SUGGEST_TEAMS);
  const [bid, createBid] = useMutation<CreateBidData>(CREATE_BID);
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJobProgress(jobId, () => reload({ requestPolicy: 'network-only' }));
  const tender = result.data?.tender;
  useDocumentTitle(tender?.title);

  if (result.error) return <ErrorNotice error={result.error} />;
  if (!result.data) return <Loading />;
  if (!tender) return <Empty>{t('tenders.notFound')}</Empty>;

  async function askForTeams() {
    const outcome = await suggestTeams({ tenderId: id, k: 3 });
    if (outcome.data) setJobId(outcome.data.suggestTeams);
  }
  async function lead(suggestionId: string) {
    const outcome = await createBid({ tenderId: id, fromSuggestion: suggestionId });
    if (outcome.data) navigate(`/bids/${encodeURIComponent(outcome.data.createBid.bidId)}`);
  }

  const running = job !== null && job.state !== 'completed' && job.state !== 'failed';
  return (
    <>
      <h1>{tender.title}</h1>
      <TenderDescription text={tender.description} />
      <TenderFacts tender={tender} />
      {tender.sourceNotice && <LotSkillReasons tender={tender} />}
      <section className="section" aria-labelledby="teams-title">
        <h2 id="teams-title">{t('teams.title')}</h2>
        <div className="toolbar">
          <button
            type="button"
            className="button"
            disabled={running || asked.fetching}
            onClick={() => void askForTeams()}
          >
            {t('teams.ask')}
          </button>
        </div>
        {asked.error && <ErrorNotice error={asked.error} />}
        {bid.error && <ErrorNotice error={bid.error} />}
        <JobStatus job={job} />
        {tender.teamSuggestions.length === 0 ? (
          <Empty>{t('teams.none')}</Empty>
        ) : (
          <ol className="team-list">
            {tender.teamSuggestions.map((team, index) => (
              <li key={team.suggestionId}>
                <article className="card" aria-labelledby={`team-${team.suggestionId}`}>
                  <h3 id={`team-${team.suggestionId}`}>{t('teams.team', { rank: index + 1 })}</h3>
                  <ul className="tags" aria-label={t('teams.members')}>
                    {team.members.map((m) => (
                      <li key={m.memberId} className="tag">
                        {m.member ? (
                          <Link href={`/members/${encodeURIComponent(m.member.handle)}`}>
                            {m.member.name}
                          </Link>
                        ) : (
                          t('teams.hidden')
                        )}
                      </li>
                    ))}
                  </ul>
                  <TeamGraph team={team} rank={index + 1} />
                  <TeamExplanation text={team.explanation} />
                  <button
                    type="button"
                    className="button"
                    disabled={bid.fetching}
                    onClick={() => void lead(team.suggestionId)}
                  >
                    {t('teams.lead', { rank: index + 1 })}
                  </button>
                </article>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

export default function TenderPage({ id }: { id: string }) {
  return (
    <RequireMember>
      <Tender id={id} />
    </RequireMember>
  );
}
