// My invitations and suggestions, live: bid invitations to accept or decline, the bids I take
// part in, and people to meet (dismissable, and the dismissal undoable). The myInvitations and mySuggestions subscriptions
// refresh the lists as soon as something changes.
import { useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { Link } from 'wouter';
import { useDocumentTitle } from '../../app/useDocumentTitle.js';
import {
  DISMISS_PEER_SUGGESTION,
  MY_INVITATIONS,
  MY_INVITATIONS_LIVE,
  MY_SUGGESTIONS_LIVE,
  type MyInvitationsData,
  REFRESH_MY_SUGGESTIONS,
  RESPOND_TO_INVITATION,
  RESTORE_PEER_SUGGESTION,
} from '../../graphql/productDocuments.js';
import { messageKeyOf } from '../../graphql/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { Empty, ErrorNotice, Loading } from '../../ui/Status.js';
import { RequireMember } from './RequireMember.js';

function Invitations() {
  const { t } = useI18n();
  const [result, reload] = useQuery<MyInvitationsData>({
    query: MY_INVITATIONS,
    requestPolicy: 'cache-and-network',
  });
  const refresh = (_previous: unknown, next: unknown) => {
    reload({ requestPolicy: 'network-only' });
    return next;
  };
  useSubscription({ query: MY_INVITATIONS_LIVE }, refresh);
  useSubscription({ query: MY_SUGGESTIONS_LIVE }, refresh);
  const [answered, respond] = useMutation(RESPOND_TO_INVITATION);
  const [dismissed, dismiss] = useMutation(DISMISS_PEER_SUGGESTION);
  const [restored, restore] = useMutation(RESTORE_PEER_SUGGESTION);
  const [refreshed, refreshSuggestions] = useMutation(REFRESH_MY_SUGGESTIONS);
  /** The person last set aside, until the dismissal is undone or another one replaces it. */
  const [setAside, setSetAside] = useState<{ id: string; name: string } | null>(null);
  const error = result.error ?? answered.error ?? dismissed.error ?? restored.error ?? refreshed.error;

  if (!result.data) return result.error ? <ErrorNotice error={result.error} /> : <Loading />;
  const pending = result.data.myBids.filter((b) => b.role !== 'lead' && b.invitation === 'INVITED');
  const reloadNow = () => reload({ requestPolicy: 'network-only' });
  async function dismissPeer(id: string, name: string) {
    const outcome = await dismiss({ id });
    if (!outcome.error) setSetAside({ id, name });
    reloadNow();
  }
  async function undoDismissal() {
    if (!setAside) return;
    const outcome = await restore({ id: setAside.id });
    if (!outcome.error) setSetAside(null);
    reloadNow();
  }

  return (
    <>
      {error && <ErrorNotice error={error} />}
      <section className="section" aria-labelledby="invitations-title">
        <h2 id="invitations-title">{t('suggestions.invitations')}</h2>
        {pending.length === 0 ? (
          <Empty>{t('invitations.none')}</Empty>
        ) : (
          <ul className="plain-list" aria-live="polite">
            {pending.map((b) => (
              <li key={b.bid.bidId} className="card">
                <p>
                  {t('invitations.invitedTo', { title: b.bid.tender.title, role: b.skill?.label ?? b.role })}
                </p>
                {b.bid.message && (
                  <blockquote className="notice">
                    <p>{t('invitations.message')}</p>
                    <p style={{ whiteSpace: 'pre-line' }}>{b.bid.message}</p>
                  </blockquote>
                )}
                <div className="toolbar">
                  <button
                    type="button"
                    className="button"
                    onClick={() => void respond({ bidId: b.bid.bidId, accept: true }).then(reloadNow)}
                  >
                    {t('invitations.accept', { title: b.bid.tender.title })}
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => void respond({ bidId: b.bid.bidId, accept: false }).then(reloadNow)}
                  >
                    {t('invitations.decline', { title: b.bid.tender.title })}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section" aria-labelledby="my-bids-title">
        <h2 id="my-bids-title">{t('invitations.myBids')}</h2>
        {result.data.myBids.length === 0 ? (
          <Empty>{t('invitations.noBids')}</Empty>
        ) : (
          <ul className="plain-list">
            {result.data.myBids.map((b) => (
              <li key={b.bid.bidId}>
                <Link href={`/bids/${encodeURIComponent(b.bid.bidId)}`}>{b.bid.tender.title}</Link> ·{' '}
                {t(`bidStatus.${messageKeyOf(b.bid.status)}` as MessageKey)} ·{' '}
                {t(`invitation.${messageKeyOf(b.invitation)}` as MessageKey)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section" aria-labelledby="peers-title">
        <h2 id="peers-title">{t('peers.title')}</h2>
        <div className="toolbar">
          <button
            type="button"
            className="button button--quiet"
            disabled={refreshed.fetching}
            onClick={() => void refreshSuggestions({})}
          >
            {t('peers.refresh')}
          </button>
        </div>
        {setAside && (
          <p className="notice" role="status">
            {t('peers.dismissed', { name: setAside.name })}{' '}
            <button
              type="button"
              className="button button--quiet"
              disabled={restored.fetching}
              onClick={() => void undoDismissal()}
            >
              {t('teams.undo')}
            </button>
          </p>
        )}
        {result.data.myPeerSuggestions.length === 0 ? (
          <Empty>{t('suggestions.empty')}</Empty>
        ) : (
          <ul className="plain-list" aria-live="polite">
            {result.data.myPeerSuggestions.map((peer) => (
              <li key={peer.id} className="card">
                <h3>
                  <Link href={`/members/${encodeURIComponent(peer.member.handle)}`}>{peer.member.name}</Link>
                </h3>
                <p>{peer.explanation}</p>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={dismissed.fetching}
                  onClick={() => void dismissPeer(peer.id, peer.member.name)}
                >
                  {t('peers.dismiss', { name: peer.member.name })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

export default function InvitationsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('suggestions.title'));
  return (
    <>
      <h1>{t('suggestions.title')}</h1>
      <p className="page-intro">{t('suggestions.intro')}</p>
      <RequireMember>
        <Invitations />
      </RequireMember>
    </>
  );
}
