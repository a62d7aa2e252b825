// The conseiller's mentoring round: start a round for their filières and spaces, follow its
// job live, then read the proposed pairs (score, reasons, each side's answer) and the mentees
// left without a mentor with the reason; "next pass" re-matches those whose pair was declined.
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { useSession } from '../../app/session.js';
import { useDocumentTitle } from '../../app/useDocumentTitle.js';
import {
  MENTORING_ROUND,
  type MentoringRoundData,
  REMATCH_MENTORING_ROUND,
  type RematchMentoringRoundData,
  type RoundMember,
  type RoundPair,
  START_MENTORING_ROUND,
  type StartMentoringRoundData,
  type UnmatchedReason,
} from '../../graphql/mentoringRoundDocuments.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { Empty, ErrorNotice, Loading } from '../../ui/Status.js';
import { JobStatus } from '../tenders/JobStatus.js';
import { useJobProgress } from '../tenders/useJobProgress.js';

const REASON_KEYS: Record<UnmatchedReason, MessageKey> = {
  'no shared language': 'round.reason.language',
  'no mentor for that skill': 'round.reason.skill',
  'too far for an in-person meeting': 'round.reason.distance',
  'no mentor for that way of meeting': 'round.reason.mode',
  'every possible mentor declined': 'round.reason.declined',
  'capacity exhausted': 'round.reason.capacity',
};

function answerKey(answer: boolean | null): MessageKey {
  if (answer === null) return 'round.answer.waiting';
  return answer ? 'round.answer.accepted' : 'round.answer.declined';
}

function MemberName({ member, id }: { member: RoundMember | null; id: string }) {
  if (!member) return <>{id}</>;
  return <Link href={`/members/${encodeURIComponent(member.handle)}`}>{member.name}</Link>;
}

function PairsTable({ pairs }: { pairs: RoundPair[] }) {
  const { t, language } = useI18n();
  const score = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  if (pairs.length === 0) return <Empty>{t('round.noPairs')}</Empty>;
  return (
    <table>
      <caption>{t('round.pairs')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('round.mentor')}</th>
          <th scope="col">{t('round.mentee')}</th>
          <th scope="col">{t('round.score')}</th>
          <th scope="col">{t('round.why')}</th>
          <th scope="col">{t('round.mentorAnswer')}</th>
          <th scope="col">{t('round.menteeAnswer')}</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((pair) => (
          <tr key={pair.id}>
            <th scope="row">
              <MemberName member={pair.mentor} id={pair.mentorId} />
            </th>
            <td>
              <MemberName member={pair.mentee} id={pair.menteeId} />
            </td>
            <td>{pair.score === null ? '–' : score.format(pair.score)}</td>
            <td>
              <ul
                className="plain-list"
                aria-label={t('round.reasons', {
                  mentor: pair.mentor?.name ?? pair.mentorId,
                  mentee: pair.mentee?.name ?? pair.menteeId,
                })}
              >
                {pair.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </td>
            <td>{t(answerKey(pair.mentorAccepted))}</td>
            <td>{t(answerKey(pair.menteeAccepted))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function UnmatchedTable({ unmatched }: { unmatched: MentoringRoundData['mentoringRound']['unmatched'] }) {
  const { t } = useI18n();
  return (
    <table>
      <caption>{t('round.unmatched')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('round.mentee')}</th>
          <th scope="col">{t('round.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {unmatched.map((u) => (
          <tr key={u.menteeId}>
            <th scope="row">
              <MemberName member={u.mentee} id={u.menteeId} />
            </th>
            <td>{t(REASON_KEYS[u.reason])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Round({
  roundId,
  passRunning,
  onRematch,
}: {
  roundId: string;
  passRunning: boolean;
  onRematch(): void;
}) {
  const { t, plural } = useI18n();
  const [result] = useQuery<MentoringRoundData>({
    query: MENTORING_ROUND,
    variables: { id: roundId },
    requestPolicy: 'network-only',
  });
  if (result.error) return <ErrorNotice error={result.error} />;
  if (!result.data) return <Loading />;
  const round = result.data.mentoringRound;
  // A round over a scope where nobody asked for a mentor proposes nothing and leaves nobody out.
  if (round.mentorships.length === 0 && round.unmatched.length === 0) {
    return <Empty>{t('round.nobodyToMatch')}</Empty>;
  }
  return (
    <>
      <section className="section" aria-labelledby="round-pairs-title">
        <h2 id="round-pairs-title">{t('round.pairs')}</h2>
        <p role="status">
          {plural('round.passCount', round.passes)} · {plural('round.pairCount', round.mentorships.length)} ·{' '}
          {plural('round.unmatchedCount', round.unmatched.length)}
        </p>
        <PairsTable pairs={round.mentorships} />
      </section>
      {round.unmatched.length > 0 ? (
        <section className="section" aria-labelledby="round-unmatched-title">
          <h2 id="round-unmatched-title">{t('round.unmatched')}</h2>
          <UnmatchedTable unmatched={round.unmatched} />
        </section>
      ) : (
        <p>{t('round.noUnmatched')}</p>
      )}
      <div className="toolbar">
        <button type="button" className="button" disabled={passRunning} onClick={onRematch}>
          {t('round.rematch')}
        </button>
      </div>
    </>
  );
}

function RoundRunner() {
  const { t } = useI18n();
  const [started, start] = useMutation<StartMentoringRoundData>(START_MENTORING_ROUND);
  const [rematched, rematch] = useMutation<RematchMentoringRoundData>(REMATCH_MENTORING_ROUND);
  const [roundId, setRoundId] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  // Each completed pass remounts the round so it is read afresh.
  const [passesSeen, setPassesSeen] = useState(0);
  const job = useJobProgress(jobId, () => setPassesSeen((n) => n + 1));
  const running = jobId !== null && job?.state !== 'COMPLETED' && job?.state !== 'FAILED';
  const error = started.error ?? rematched.error;
  return (
    <>
      <div className="toolbar">
        <button
          type="button"
          className="button"
          disabled={running || started.fetching}
          onClick={() =>
            void start({}).then((r) => {
              const round = r.data?.startMentoringRound;
              if (!round) return;
              setRoundId(round.id);
              setJobId(round.jobId);
            })
          }
        >
          {t('round.start')}
        </button>
      </div>
      {error && <ErrorNotice error={error} />}
      <JobStatus job={job} />
      {roundId === null && <Empty>{t('round.notStarted')}</Empty>}
      {roundId !== null && passesSeen > 0 && (
        <Round
          key={passesSeen}
          roundId={roundId}
          passRunning={running || rematched.fetching}
          onRematch={() =>
            void rematch({ id: roundId }).then((r) => {
              const round = r.data?.rematchMentoringRound;
              if (round) setJobId(round.jobId);
            })
          }
        />
      )}
    </>
  );
}

export default function RoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t('round.title'));
  const { me, loading } = useSession();
  const roles = me?.roles ?? [];
  const allowed = roles.includes('CONSEILLER') || roles.includes('ADMIN');
  return (
    <>
      <h1>{t('round.title')}</h1>
      <p className="page-intro">{t('round.intro')}</p>
      {loading ? <Loading /> : allowed ? <RoundRunner /> : <Empty>{t('conseiller.onlyConseillers')}</Empty>}
    </>
  );
}
