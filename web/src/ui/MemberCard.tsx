// One member in a list: name, place, availability and the strongest skills; the skills a search
// matched come first and are marked, so a card says why the member is there.
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { MemberCardData } from '../graphql/types.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { AvailabilityBadge } from './AvailabilityBadge.js';
import { Avatar } from './Avatar.js';

const SKILLS_SHOWN = 3;

export function MemberCard({
  member,
  distanceKm,
  matchedSkills = [],
}: {
  member: MemberCardData;
  distanceKm?: number | null;
  /** Slugs of the member's skills the search matched. */
  matchedSkills?: readonly string[];
}) {
  const { t, number } = useI18n();
  const matched = new Set(matchedSkills);
  const skills = [...member.skills]
    .sort(
      (a, b) => Number(matched.has(b.skill.slug)) - Number(matched.has(a.skill.slug)) || b.level - a.level,
    )
    .filter((s, i) => i < SKILLS_SHOWN || matched.has(s.skill.slug));
  const place = [member.city, member.country].filter(Boolean).join(', ');
  return (
    <article className="card member-card">
      <div className="member-card__head">
        <Avatar name={member.name} />
        <div>
          <h3>
            <Link href={`/members/${encodeURIComponent(member.handle)}`}>{member.name}</Link>
          </h3>
          {place && <p className="card__meta">{place}</p>}
        </div>
      </div>
      <p className="card__meta">
        <AvailabilityBadge availability={member.availability} />{' '}
        {member.isNewcomer && <span className="badge badge--new">{t('member.newcomer')}</span>}{' '}
        {distanceKm != null &&
          t('directory.distance', { km: number(distanceKm, { maximumFractionDigits: 0 }) })}
      </p>
      {skills.length > 0 && (
        <ul className="tags" aria-label={t('member.skills')}>
          {skills.map(({ skill }) =>
            matched.has(skill.slug) ? (
              <li key={skill.slug} className="tag tag--match" title={t('directory.matchedSkill')}>
                <span className="visually-hidden">{t('directory.matchedSkill')} — </span>
                {skill.label}
              </li>
            ) : (
              <li key={skill.slug} className="tag">
                {skill.label}
              </li>
            ),
          )}
        </ul>
      )}
    </article>
  );
}

export function MemberGrid({ children }: { children: ReactNode }) {
  return <ul className="card-grid">{children}</ul>;
}
