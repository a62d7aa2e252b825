// One bid: the team with each invitation's state, updated live (bidUpdated), and e-mails between
// the lead and the members who accepted; when a member declines or withdraws, the lead asks for a
// replacement (a job followed live) and invites one of the proposed people (each once, never
// someone already in the bid) into the same slot, the rest of the team staying. The lead can
// cancel the bid after confirming (the people invited are told).
import { useEffect, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { Link } from 'wouter';
import { useSession } from '../../app/session.js';
import { useDocumentTitle } from '../../app/useDocumentTitle.js';
import {
  BID_PAGE,
  BID_UPDATED,
  type BidData,
  type BidPageData,
  CANCEL_BID,
  INVITE_TO_BID,
  SUGGEST_REPLACEMENT,
  type SuggestReplacementData,
  TEAM_SUGGESTIONS,
  type TeamSuggestionData,
  type TeamSuggestionsData,
} from '../../graphql/productDocuments.js';
import { messageKeyOf } from '../../graphql/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { Empty, ErrorNotice, Loading } from '../../ui/Status.js';
import { JobStatus } from '../tenders/JobStatus.js';
import { reasonSentence } from '../tenders/TeamExplanation.js';
import { useJobProgress } from '../tenders/useJobProgress.js';
import { RequireMember } from './RequireMember.js';

/** Who could take the place of each member who left: each proposed person once, best first. */
function Replacements({ bid, jobDone }: { bid: BidData; jobDone: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [tender, reload] = useQuery<TeamSuggestionsData>({
    query: TEAM_SUGGESTIONS,
    variables: { id: bid.tender.tenderId },
    requestPolicy: 'network-only',
  });
  useEffect(() => {
    if (jobDone > 0) reload({ requestPolicy: 'network-only' });
  }, [jobDone, reload]);
  const [invited, invite] = useMutation(INVITE_TO_BID);
  const everInTeam = new Set(bid.team.map((m) => m.memberId));
  const gone = bid.team.filter((m) => m.status === 'DECLINED' || m.status === 'WITHDRAWN');
  const proposals = [...(tender.data?.tender?.teamSuggestions ?? [])].sort((a, b) => a.score - b.score);
  if (gone.length === 0) return null;
  return (
    <section className="section" aria-labelledby="replacements-title">
      <h2 id="replacements-title">{t('bids.replacements')}</h2>
      {invited.error && <ErrorNotice error={invited.error} />}
      {gone.map((leaving) => {
        const name = leaving.member?.name ?? t('teams.hidden');
        const offered = new Map<string, { proposal: TeamSuggestionData; role: string }>();
        for (const proposal of proposals.filter((p) => p.replaces === leaving.memberId)) {
          for (const m of proposal.members) {
            if (m.role === null || everInTeam.has(m.memberId) || offered.has(m.memberId)) continue;
            offered.set(m.memberId, { proposal, role: m.role });
          }
        }
        return (
          <section key={leaving.memberId} aria-label={t('bids.replacementFor', { name })}>
            <h3>{t('bids.replacementFor', { name })}</h3>
            {offered.size === 0 ? (
              <p className="notice">{t('bids.noReplacement', { name })}</p>
            ) : (
              <ul className="plain-list">
                {[...offered].map(([memberId, { proposal, role }]) => {
                  const who = proposal.members.find((m) => m.memberId === memberId)?.member?.name;
                  const why = proposal.reasons
                    .filter((r) => r.params.member === memberId)
                    .map((r) => reasonSentence(r, proposal, i18n));
                  const skill = proposal.namedSkills.find((x) => x.slug === role)?.label ?? role;
                  return (
                    <li key={memberId} className="card">
                      <p>
                        <strong>{who ?? t('teams.hidden')}</strong> — {skill}
                      </p>
                      <p>{why.join(' ')}</p>
                      <button
                        type="button"
                        className="button"
                        disabled={invited.fetching}
                        onClick={() => void invite({ bidId: bid.bidId, memberId, requirement: role })}
                      >
                        {t('bids.invite', { name: who ?? t('teams.hidden') })}
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}

/** Cancelling asks once more: the people invited will be told. */
function CancelBid({ bidId }: { bidId: string }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [cancelled, cancel] = useMutation(CANCEL_BID);
  if (!confirming) {
    return (
      <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>
        {t('bids.cancel')}
      </button>
    );
  }
  return (
    <div className="notice" role="alertdialog" aria-label={t('bids.cancel')}>
      <p>{t('bids.cancelConfirm')}</p>
      {cancelled.error && <ErrorNotice error={cancelled.error} />}
      <div className="toolbar">
        <button
          type="button"
          className="button"
          disabled={cancelled.fetching}
          onClick={() => void cancel({ bidId }).then((outcome) => !outcome.error && setConfirming(false))}
        >
          {t('bids.cancelYes')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
          {t('bids.cancelNo')}
        </button>
      </div>
    </div>
  );
}

function Bid({ id }: { id: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const [result, reload] = useQuery<BidPageData>({ query: BID_PAGE, variables: { id } });
  useSubscription({ query: BID_UPDATED, variables: { id } }, (_previous, next: unknown) => {
    reload({ requestPolicy: 'network-only' });
    return next;
  });
  const [asked, suggestReplacement] = useMutation<SuggestReplacementData>(SUGGEST_REPLACEMENT);
  const [jobId, setJobId] = useState<string | null>(null);
  const [jobDone, setJobDone] = useState(0);
  const job = useJobProgress(jobId, () => setJobDone((n) => n + 1));
  const bid = result.data?.bid;
  useDocumentTitle(bid ? t('bids.title', { title: bid.tender.title }) : null);

  if (result.error) return <ErrorNotice error={result.error} />;
  if (!result.data) return <Loading />;
  if (!bid) return <Empty>{t('bids.notFound')}</Empty>;
  // Member.id is a global Relay id; the lead is recognised by handle.
  const leads = bid.team.some(
    (m) => m.role === 'lead' && m.member !== null && m.member.handle === me?.member?.handle,
  );

  return (
    <>
      <h1>{t('bids.title', { title: bid.tender.title })}</h1>
      <p className="page-intro">
        {t('bids.status', { status: t(`bidStatus.${messageKeyOf(bid.status)}` as MessageKey) })} ·{' '}
        <Link href={`/tenders/${encodeURIComponent(bid.tender.tenderId)}`}>{t('bids.tender')}</Link>
      </p>
      {bid.message && (
        <blockquote className="notice">
          <p>{t('invitations.message')}</p>
          <p style={{ whiteSpace: 'pre-line' }}>{bid.message}</p>
        </blockquote>
      )}
      <section className="section" aria-labelledby="bid-team-title">
        <h2 id="bid-team-title">{t('bids.team')}</h2>
        {asked.error && <ErrorNotice error={asked.error} />}
        <ul className="plain-list" aria-live="polite">
          {bid.team.map((m) => {
            const name = m.member?.name ?? t('teams.hidden');
            const gone = m.status === 'DECLINED' || m.status === 'WITHDRAWN';
            return (
              <li key={`${m.memberId}-${m.role}`}>
                {m.member ? (
                  <Link href={`/members/${encodeURIComponent(m.member.handle)}`}>{name}</Link>
                ) : (
                  name
                )}{' '}
                — {m.role === 'lead' ? t('bids.lead') : (m.skill?.label ?? m.role)} ·{' '}
                <span className="badge">{t(`invitation.${messageKeyOf(m.status)}` as MessageKey)}</span>
                {m.email && (
                  <>
                    {' '}
                    · <a href={`mailto:${m.email}`}>{t('bids.email', { email: m.email })}</a>
                  </>
                )}
                {leads && gone && (
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() =>
                      void suggestReplacement({ bidId: bid.bidId, memberId: m.memberId }).then((outcome) => {
                        if (outcome.data) setJobId(outcome.data.suggestReplacement);
                      })
                    }
                  >
                    {t('bids.replace', { name })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
        <JobStatus job={job} />
      </section>
      {leads && <Replacements bid={bid} jobDone={jobDone} />}
      {leads && ['DRAFT', 'INVITING', 'FORMED'].includes(bid.status) && (
        <section className="section">
          <CancelBid bidId={bid.bidId} />
        </section>
      )}
    </>
  );
}

export default function BidPage({ id }: { id: string }) {
  return (
    <RequireMember>
      <Bid id={id} />
    </RequireMember>
  );
}
