// Mentoring: ask for a mentor (newcomers) or offer to mentor; the best mentors for my request,
// each with its reasons and an "ask" button; proposed mentorships to accept or decline, and once
// both sides accepted, the other's e-mail to reach them.
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { useSession } from '../../app/session.js';
import { useDocumentTitle } from '../../app/useDocumentTitle.js';
import {
  ASK_MENTOR,
  type MentorshipData,
  MY_MENTORING,
  type MyMentoringData,
  PRODUCT_REFERENCE,
  type ProductReferenceData,
  RESPOND_TO_MENTORSHIP,
  TOP_MENTORS,
  type TopMentorsData,
} from '../../graphql/productDocuments.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { Empty, ErrorNotice, Loading } from '../../ui/Status.js';
import { RequireMember } from '../bids/RequireMember.js';
import { OfferForm, RequestForm } from './MentoringForms.js';

function TopMentors({ onAsked }: { onAsked(): void }) {
  const { t, plural } = useI18n();
  const [result] = useQuery<TopMentorsData>({ query: TOP_MENTORS, requestPolicy: 'network-only' });
  const [asked, ask] = useMutation(ASK_MENTOR);
  return (
    <section className="section" aria-labelledby="top-mentors-title">
      <h2 id="top-mentors-title">{t('mentoring.topMentors')}</h2>
      {(result.error ?? asked.error) && <ErrorNotice error={(result.error ?? asked.error)!} />}
      {!result.data && !result.error && <Loading />}
      {result.data?.topMentors.length === 0 && <Empty>{t('mentoring.noMentors')}</Empty>}
      <ul className="card-grid">
        {result.data?.topMentors.map((choice) => {
          const name = choice.mentor?.name ?? choice.mentorId;
          return (
            <li key={choice.mentorId} className="card">
              <h3>
                {choice.mentor ? (
                  <Link href={`/members/${encodeURIComponent(choice.mentor.handle)}`}>{name}</Link>
                ) : (
                  name
                )}
              </h3>
              <p>{plural('mentoring.places', choice.freePlaces)}</p>
              <ul className="plain-list" aria-label={t('mentoring.reasons', { name })}>
                {choice.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
              <button
                type="button"
                className="button"
                disabled={asked.fetching}
                onClick={() => void ask({ mentorId: choice.mentorId }).then((r) => !r.error && onAsked())}
              >
                {t('mentoring.ask', { name })}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Mentorships({
  list,
  myHandle,
  onChanged,
}: {
  list: MentorshipData[];
  myHandle: string;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const [answered, respond] = useMutation(RESPOND_TO_MENTORSHIP);
  return (
    <section className="section" aria-labelledby="mentorships-title">
      <h2 id="mentorships-title">{t('mentoring.mentorships')}</h2>
      {answered.error && <ErrorNotice error={answered.error} />}
      {list.length === 0 && <Empty>{t('mentoring.noMentorships')}</Empty>}
      <ul className="plain-list" aria-live="polite">
        {list.map((m) => {
          const iMentor = m.mentor !== null && m.mentor.handle === myHandle;
          const other = (iMentor ? m.mentee : m.mentor)?.name ?? t('teams.hidden');
          const mine = iMentor ? m.mentorAccepted : m.menteeAccepted;
          return (
            <li key={m.id} className="card">
              <p>
                {t(iMentor ? 'mentoring.asMentor' : 'mentoring.asMentee', { name: other })} ·{' '}
                {t(`mentorshipStatus.${m.status}` as MessageKey)}
              </p>
              {m.reasons.length > 0 && (
                <ul className="plain-list">
                  {m.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              )}
              {m.partnerEmail && (
                <p>
                  {t('mentoring.contact', { name: other })}{' '}
                  <a href={`mailto:${m.partnerEmail}`}>{m.partnerEmail}</a>
                </p>
              )}
              {m.status === 'proposed' && mine === null && (
                <div className="toolbar">
                  <button
                    type="button"
                    className="button"
                    onClick={() => void respond({ id: m.id, accept: true }).then(onChanged)}
                  >
                    {t('mentoring.accept', { name: other })}
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => void respond({ id: m.id, accept: false }).then(onChanged)}
                  >
                    {t('mentoring.decline', { name: other })}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Mentoring() {
  const { me } = useSession();
  const [reference] = useQuery<ProductReferenceData>({ query: PRODUCT_REFERENCE });
  const [mine, reload] = useQuery<MyMentoringData>({
    query: MY_MENTORING,
    requestPolicy: 'cache-and-network',
  });
  const refresh = () => reload({ requestPolicy: 'network-only' });
  if (mine.error) return <ErrorNotice error={mine.error} />;
  if (!mine.data || !reference.data) return <Loading />;
  const { myMentorRequest, myMentorOffer, myMentorships } = mine.data;
  return (
    <>
      <RequestForm skills={reference.data.skills} current={myMentorRequest} onSaved={refresh} />
      {myMentorRequest?.status === 'open' && <TopMentors onAsked={refresh} />}
      <OfferForm skills={reference.data.skills} current={myMentorOffer} onSaved={refresh} />
      <Mentorships list={myMentorships} myHandle={me?.member?.handle ?? ''} onChanged={refresh} />
    </>
  );
}

export default function MentoringPage() {
  const { t } = useI18n();
  useDocumentTitle(t('mentoring.title'));
  return (
    <>
      <h1>{t('mentoring.title')}</h1>
      <p className="page-intro">{t('mentoring.intro')}</p>
      <RequireMember>
        <Mentoring />
      </RequireMember>
    </>
  );
}
