// One bid: the team with each invitation's state, updated live (bidUpdated); when a member
// declines or withdraws, the lead asks for a replacement (a job followed live) and invites
// the proposed member into the same slot, the rest of the team staying.
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
  INVITE_TO_BID,
  SUGGEST_REPLACEMENT,
  type SuggestReplacementData,
  TENDER_PAGE,
  type TenderPageData,
} from '../../graphql/productDocuments.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { Empty, ErrorNotice, Loading } from '../../ui/Status.js';
import { JobStatus } from '../tenders/JobStatus.js';
import { TeamExplanation } from '../tenders/TeamExplanation.js';
import { useJobProgress } from '../tenders/useJobProgress.js';
import { RequireMember } from './RequireMember.js';

function Replacements({ bid, jobDone }: { bid: BidData; jobDone: number }) {
  const { t } = useI18n();
  const [tender, reload] = useQuery<TenderPageData>({
    query: TENDER_PAGE,
    variables: { id: bid.tender.tenderId },
    requestPolicy: 'network-only',
  });
  useEffect(() => {
    if (jobDone > 0) reload({ requestPolicy: 'network-only' });
  }, [jobDone, reload]);
  const [invited, invite] = useMutation(INVITE_TO_BID);
  const inTeam = new Set(
    bid.team.filter((m) => m.status !== 'declined' && m.status !== 'withdrawn').map((m) => m.memberId),
  );
  const proposals = (tender.data?.tender?.teamSuggestions ?? []).filter((s) =>
    s.explanation.startsWith('Replaces'),
  );
  if (proposals.length === 0) return null;
  return (
    <section className="section" aria-labelledby="replacements-title">
      <h2 id="replacements-title">{t('bids.replacements')}</h2>
      {invited.error && <ErrorNotice error={invited.error} />}
      <ul className="plain-list">
        {proposals.map((proposal) =>
          proposal.members
            .filter((m) => !inTeam.has(m.memberId) && m.role !== null)
            .map((m) => {
              const name = m.member?.name ?? t('teams.hidden');
              return (
                <li key={`${proposal.suggestionId}-${m.memberId}`} className="card">
                  <TeamExplanation text={proposal.explanation} />
                  <button
                    type="button"
                    className="button"
                    disabled={invited.fetching}
                    onClick={() =>
                      void invite({ bidId: bid.bidId, memberId: m.memberId, requirement: m.role })
                    }
                  >
                    {t('bids.invite', { name })}
                  </button>
                </li>
              );
            }),
        )}
      </ul>
    </section>
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
        {t('bids.status', { status: t(`bidStatus.${bid.status}` as MessageKey) })} ·{' '}
        <Link href={`/tenders/${encodeURIComponent(bid.tender.tenderId)}`}>{t('bids.tender')}</Link>
      </p>
      <section className="section" aria-labelledby="bid-team-title">
        <h2 id="bid-team-title">{t('bids.team')}</h2>
        {asked.error && <ErrorNotice error={asked.error} />}
        <ul className="plain-list" aria-live="polite">
          {bid.team.map((m) => {
            const name = m.member?.name ?? t('teams.hidden');
            const gone = m.status === 'declined' || m.status === 'withdrawn';
            return (
              <li key={`${m.memberId}-${m.role}`}>
                {m.member ? (
                  <Link href={`/members/${encodeURIComponent(m.member.handle)}`}>{name}</Link>
                ) : (
                  name
                )}{' '}
                — {m.role === 'lead' ? t('bids.lead') : m.role} ·{' '}
                <span className="badge">{t(`invitation.${m.status}` as MessageKey)}</span>
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
