// A profile's ways to reach the member: invite them to one of my bids (for one of its
// requirements, theirs first) and ask them as mentor when they offer mentoring (asking needs
// an open mentor request: without one, the button leads to the mentoring page to write it).
// Signed-out visitors are asked to sign in; nothing shows on one's own profile.
import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { useSession } from '../../app/session.js';
import {
  MY_LED_BIDS,
  MY_REQUEST_STATUS,
  type MyLedBidsData,
  type MyRequestStatusData,
} from '../../graphql/documents.js';
import { ASK_MENTOR, INVITE_TO_BID } from '../../graphql/productDocuments.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { SelectField } from '../../ui/Field.js';
import { ErrorNotice } from '../../ui/Status.js';

const OPEN_STATUSES = new Set(['DRAFT', 'INVITING']);

/** The member id inside a Relay global id ("Member:<id>" in base64). */
export function memberIdOf(globalId: string): string {
  try {
    const decoded = atob(globalId);
    return decoded.startsWith('Member:') ? decoded.slice('Member:'.length) : globalId;
  } catch {
    return globalId;
  }
}

interface ContactProps {
  member: {
    id: string;
    handle: string;
    name: string;
    offersMentoring: boolean | null;
    skills: { skill: { slug: string } }[];
  };
}

function InviteToBid({ member }: ContactProps) {
  const { t } = useI18n();
  const [bids] = useQuery<MyLedBidsData>({ query: MY_LED_BIDS });
  const [invitation, invite] = useMutation(INVITE_TO_BID);
  const led = (bids.data?.myBids ?? []).filter((b) => b.role === 'lead' && OPEN_STATUSES.has(b.bid.status));
  const [bidId, setBidId] = useState('');
  const [requirement, setRequirement] = useState('');
  const [sent, setSent] = useState(false);
  if (bids.error) return <ErrorNotice error={bids.error} />;
  if (!bids.data) return null;
  if (led.length === 0) return <p className="field__hint">{t('contact.noBids')}</p>;
  const chosen = led.find((b) => b.bid.bidId === bidId) ?? led[0]!;
  const theirs = new Set(member.skills.map((s) => s.skill.slug));
  const requirements = [...chosen.bid.tender.requirements].sort(
    (a, b) => Number(theirs.has(b.skillId)) - Number(theirs.has(a.skillId)),
  );
  const role = requirements.some((r) => r.skillId === requirement)
    ? requirement
    : (requirements[0]?.skillId ?? '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSent(false);
    const result = await invite({
      bidId: chosen.bid.bidId,
      memberId: memberIdOf(member.id),
      requirement: role,
    });
    if (!result.error) setSent(true);
  }

  return (
    <form className="form" onSubmit={submit} aria-labelledby="invite-title">
      <h3 id="invite-title">{t('contact.inviteToBid')}</h3>
      <SelectField
        label={t('contact.chooseBid')}
        name="bid"
        value={chosen.bid.bidId}
        onChange={(value) => {
          setBidId(value);
          setSent(false);
        }}
        options={led.map((b) => ({ value: b.bid.bidId, label: b.bid.tender.title }))}
      />
      <SelectField
        label={t('contact.chooseRole')}
        name="requirement"
        value={role}
        onChange={setRequirement}
        options={requirements.map((r) => ({ value: r.skillId, label: r.skill?.label ?? r.skillId }))}
      />
      <button type="submit" className="button" disabled={invitation.fetching || !role}>
        {t('contact.invite')}
      </button>
      {invitation.error && <ErrorNotice error={invitation.error} />}
      {sent && (
        <p className="notice" role="status">
          {t('contact.invited', { name: member.name })}
        </p>
      )}
    </form>
  );
}

function AskMentor({ member }: ContactProps) {
  const { t } = useI18n();
  const [request] = useQuery<MyRequestStatusData>({ query: MY_REQUEST_STATUS });
  const [asked, ask] = useMutation(ASK_MENTOR);
  if (!request.data) return null;
  if (request.data.myMentorRequest?.status !== 'open')
    return (
      <p>
        <Link className="button button--quiet" href="/mentoring">
          {t('contact.askMentor')}
        </Link>{' '}
        <span className="field__hint">{t('contact.requestFirst')}</span>
      </p>
    );
  return (
    <div>
      <button
        type="button"
        className="button"
        disabled={asked.fetching || Boolean(asked.data)}
        onClick={() => ask({ mentorId: memberIdOf(member.id) })}
      >
        {t('contact.askMentor')}
      </button>
      {asked.error && <ErrorNotice error={asked.error} />}
      {asked.data && (
        <p className="notice" role="status">
          {t('contact.askedMentor', { name: member.name })}
        </p>
      )}
    </div>
  );
}

export function ContactActions({ member }: ContactProps) {
  const { t } = useI18n();
  const { me, loading } = useSession();
  // Nothing on one's own profile, nor for an account without a profile (an admin): they lead no bid.
  if (loading || me?.member?.handle === member.handle || (me && !me.member)) return null;
  return (
    <section className="section" aria-labelledby="contact-title">
      <h2 id="contact-title">{t('contact.title')}</h2>
      {!me ? (
        <p>
          {t('contact.signIn')} <Link href="/signin">{t('nav.signIn')}</Link>
        </p>
      ) : (
        <>
          <InviteToBid member={member} />
          {member.offersMentoring && <AskMentor member={member} />}
        </>
      )}
    </section>
  );
}
