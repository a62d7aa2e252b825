// One tender: what it asks for, "find teams" followed live (jobProgress), with the person asking
// counted in if they wish; the suggested teams (TeamCard: who worked with whom, why, what a partial
// team leaves uncovered and the relaxation that would cover it); changing the requirements and
// running again; leading a bid after reviewing the invitations; a link to the viewer's bid.
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, useLocation } from 'wouter';
import { useSession } from '../../app/session.js';
import { useDocumentTitle } from '../../app/useDocumentTitle.js';
import {
  CREATE_BID,
  type CreateBidData,
  DISMISS_TEAM_SUGGESTION,
  RESTORE_TEAM_SUGGESTION,
  SUGGEST_TEAMS,
  type SuggestTeamsData,
  TENDER_PAGE,
  type TenderPageData,
  UPDATE_TENDER_REQUIREMENTS,
} from '../../graphql/productDocuments.js';
import { messageKeyOf } from '../../graphql/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { Empty, ErrorNotice, Loading } from '../../ui/Status.js';
import { RequireMember } from '../bids/RequireMember.js';
import { JobStatus } from './JobStatus.js';
import { LotSkillReasons } from './LotSkillReasons.js';
import { type Relaxation, TeamCard } from './TeamCard.js';
import { TenderDescription } from './TenderDescription.js';
import { TenderFacts } from './TenderFacts.js';
import { TenderRerun } from './TenderRerun.js';
import { useJobProgress } from './useJobProgress.js';

function Tender({ id }: { id: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const [, navigate] = useLocation();
  // Back from a bid, the page must show it: the cache answers first, the network then.
  const [result, reload] = useQuery<TenderPageData>({
    query: TENDER_PAGE,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [asked, suggestTeams] = useMutation<SuggestTeamsData>(SUGGEST_TEAMS);
  const [bid, createBid] = useMutation<CreateBidData>(CREATE_BID);
  const [updated, updateTender] = useMutation(UPDATE_TENDER_REQUIREMENTS);
  const [dismissed, dismiss] = useMutation(DISMISS_TEAM_SUGGESTION);
  const [restored, restore] = useMutation(RESTORE_TEAM_SUGGESTION);
  const [jobId, setJobId] = useState<string | null>(null);
  const [includeMe, setIncludeMe] = useState(false);
  const [setAside, setSetAside] = useState<string | null>(null);
  const refresh = () => reload({ requestPolicy: 'network-only' });
  const job = useJobProgress(jobId, refresh);
  const tender = result.data?.tender;
  useDocumentTitle(tender?.title);

  if (result.error) return <ErrorNotice error={result.error} />;
  if (!result.data) return <Loading />;
  if (!tender) return <Empty>{t('tenders.notFound')}</Empty>;

  async function askForTeams() {
    const outcome = await suggestTeams({ tenderId: id, k: 3, includeMe });
    if (outcome.data) setJobId(outcome.data.suggestTeams);
  }
  async function lead(suggestionId: string, message: string) {
    const outcome = await createBid({ tenderId: id, fromSuggestion: suggestionId, message });
    if (outcome.data) navigate(`/bids/${encodeURIComponent(outcome.data.createBid.bidId)}`);
  }
  async function setTeamAside(suggestionId: string) {
    const outcome = await dismiss({ id: suggestionId });
    if (!outcome.error) {
      setSetAside(suggestionId);
      refresh();
    }
  }
  async function undoSetAside() {
    if (!setAside) return;
    const outcome = await restore({ id: setAside });
    if (!outcome.error) {
      setSetAside(null);
      refresh();
    }
  }
  async function rerun(input: Record<string, unknown>) {
    const outcome = await updateTender({ id, input });
    if (!outcome.error) {
      refresh();
      await askForTeams();
    }
  }
  function relax(relaxation: Relaxation) {
    if (!tender) return;
    if (relaxation.radiusKm !== null) void rerun({ radiusKm: relaxation.radiusKm });
    else if (relaxation.level !== null) {
      void rerun({
        requirements: tender.requirements.map((r) => ({
          skill: r.skillId,
          minLevel: r.skillId === relaxation.skill ? relaxation.level : r.minLevel,
          count: r.count,
        })),
      });
    }
  }

  const running = job !== null && job.state !== 'COMPLETED' && job.state !== 'FAILED';
  const busy = running || asked.fetching || bid.fetching || updated.fetching;
  const error = asked.error ?? bid.error ?? updated.error ?? dismissed.error ?? restored.error;
  const myBids = tender.myBids.filter((b) => b.status !== 'CANCELLED');
  // The teams of the latest run only: after a change of the tender, older teams answer another question.
  const teams = tender.teamSuggestions.filter((team) => team.replaces === null);
  const latest =
    teams
      .map((team) => team.createdAt)
      .sort()
      .at(-1) ?? '';
  const current = teams.filter((team) => team.createdAt === latest);
  return (
    <>
      <h1>{tender.title}</h1>
      <TenderDescription text={tender.description} />
      <TenderFacts tender={tender} />
      {tender.sourceNotice && <LotSkillReasons tender={tender} />}
      {myBids.length > 0 && (
        <ul className="plain-list notice">
          {myBids.map((b) => (
            <li key={b.bidId}>
              <Link href={`/bids/${encodeURIComponent(b.bidId)}`}>
                {t('teams.yourBid', { status: t(`bidStatus.${messageKeyOf(b.status)}` as MessageKey) })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <section className="section" aria-labelledby="teams-title">
        <h2 id="teams-title">{t('teams.title')}</h2>
        <div className="toolbar">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={includeMe}
              onChange={(event) => setIncludeMe(event.target.checked)}
            />{' '}
            {t('teams.includeMe')}
          </label>
          <button type="button" className="button" disabled={busy} onClick={() => void askForTeams()}>
            {t('teams.ask')}
          </button>
        </div>
        <TenderRerun tender={tender} busy={busy} onSave={(input) => void rerun(input)} />
        {error && <ErrorNotice error={error} />}
        <JobStatus job={job} />
        {setAside && (
          <p className="notice" role="status">
            {t('teams.dismissed')}{' '}
            <button type="button" className="button button--quiet" onClick={() => void undoSetAside()}>
              {t('teams.undo')}
            </button>
          </p>
        )}
        {current.length === 0 ? (
          <Empty>{t('teams.none')}</Empty>
        ) : (
          <ol className="team-list">
            {current.map((team, index) => (
              <li key={team.suggestionId}>
                <TeamCard
                  team={team}
                  rank={index + 1}
                  myHandle={me?.member?.handle ?? null}
                  busy={busy}
                  onLead={(suggestionId, message) => void lead(suggestionId, message)}
                  onDismiss={(suggestionId) => void setTeamAside(suggestionId)}
                  onRelax={relax}
                />
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
