// One suggested team on a tender's page: its members, who worked with whom, why (in the reader's
// language), what a partial team leaves uncovered with one-click relaxations, leading a bid after
// reviewing who will be invited (with a personal message), and setting the team aside (undoable).
import { useState } from 'react';
import { Link } from 'wouter';
import type { TeamSuggestionData } from '../../graphql/productDocuments.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { TextField } from '../../ui/Field.js';
import { TeamExplanation } from './TeamExplanation.js';
import { TeamGraph } from './TeamGraph.js';

export interface Relaxation {
  skill: string;
  radiusKm: number | null;
  level: number | null;
}

interface TeamCardProps {
  team: TeamSuggestionData;
  rank: number;
  /** The viewer's handle, to leave them out of the invitations they send. */
  myHandle: string | null;
  busy: boolean;
  onLead(suggestionId: string, message: string): void;
  onDismiss(suggestionId: string): void;
  onRelax(relaxation: Relaxation): void;
}

export function TeamCard({ team, rank, myHandle, busy, onLead, onDismiss, onRelax }: TeamCardProps) {
  const { t, plural } = useI18n();
  const [reviewing, setReviewing] = useState(false);
  const [message, setMessage] = useState('');
  const label = (slug: string) => team.namedSkills.find((s) => s.slug === slug)?.label ?? slug;
  const invited = team.members.filter((m) => m.member?.handle !== myHandle || myHandle === null);
  const relaxations = team.reasons.flatMap((r) =>
    r.code === 'uncovered'
      ? [
          {
            skill: String(r.params.skill),
            radiusKm: typeof r.params.radiusKm === 'number' ? r.params.radiusKm : null,
            level: typeof r.params.level === 'number' ? r.params.level : null,
          },
        ]
      : [],
  );
  const titleId = `team-${team.suggestionId}`;
  return (
    <article className="card" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('teams.team', { rank })}</h3>
      {!team.complete && team.members.length > 0 && <p className="badge">{t('teams.partial')}</p>}
      {team.members.length > 0 && (
        <ul className="tags" aria-label={t('teams.members')}>
          {team.members.map((m) => (
            <li key={m.memberId} className="tag">
              {m.member ? (
                <Link href={`/members/${encodeURIComponent(m.member.handle)}`}>{m.member.name}</Link>
              ) : (
                t('teams.hidden')
              )}
              {m.role && <> · {label(m.role)}</>}
            </li>
          ))}
        </ul>
      )}
      {team.members.length > 1 && <TeamGraph team={team} rank={rank} />}
      <TeamExplanation team={team} />
      {relaxations.length > 0 && (
        <div className="toolbar">
          {relaxations.map((r) => (
            <span key={r.skill} className="toolbar">
              {r.radiusKm !== null && (
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={busy}
                  onClick={() => onRelax({ ...r, level: null })}
                >
                  {t('teams.applyRadius', { km: r.radiusKm })}
                </button>
              )}
              {r.level !== null && (
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={busy}
                  onClick={() => onRelax({ ...r, radiusKm: null })}
                >
                  {t('teams.applyLevel', { level: r.level, skill: label(r.skill) })}
                </button>
              )}
            </span>
          ))}
        </div>
      )}
      {/* Nobody to invite (nobody covers anything): only the relaxations above and setting it aside. */}
      {team.members.length === 0 ? (
        <div className="toolbar">
          <button
            type="button"
            className="button button--quiet"
            disabled={busy}
            onClick={() => onDismiss(team.suggestionId)}
          >
            {t('teams.dismiss', { rank })}
          </button>
        </div>
      ) : reviewing ? (
        <section className="notice" aria-labelledby={`${titleId}-review`}>
          <h4 id={`${titleId}-review`}>{t('teams.reviewTitle')}</h4>
          <ul className="plain-list">
            {invited.map((m) => (
              <li key={m.memberId}>
                {m.member?.name ?? t('teams.hidden')}
                {m.role && <> — {label(m.role)}</>}
              </li>
            ))}
          </ul>
          <TextField
            label={t('teams.message')}
            hint={t('teams.messageHint')}
            value={message}
            onChange={setMessage}
            multiline
          />
          <div className="toolbar">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => onLead(team.suggestionId, message)}
            >
              {plural('teams.send', invited.length)}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setReviewing(false)}>
              {t('teams.back')}
            </button>
          </div>
        </section>
      ) : (
        <div className="toolbar">
          <button type="button" className="button" disabled={busy} onClick={() => setReviewing(true)}>
            {t('teams.lead', { rank })}
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={busy}
            onClick={() => onDismiss(team.suggestionId)}
          >
            {t('teams.dismiss', { rank })}
          </button>
        </div>
      )}
    </article>
  );
}
