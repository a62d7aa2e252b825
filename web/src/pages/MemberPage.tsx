// A member's profile: who they are, what they do, where, and with whom they worked, and how
// to reach them (invite to a bid, ask as mentor). A profile hidden from a signed-out visitor
// says to sign in, not that something failed.
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { useSession } from '../app/session.js';
import { useDocumentTitle } from '../app/useDocumentTitle.js';
import { MEMBER_PROFILE, type MemberProfileData } from '../graphql/documents.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { MESSAGES, type MessageKey } from '../i18n/messages.js';
import { AvailabilityBadge } from '../ui/AvailabilityBadge.js';
import { Avatar } from '../ui/Avatar.js';
import { SkillLevel } from '../ui/SkillLevel.js';
import { Empty, ErrorNotice, Loading } from '../ui/Status.js';
import { ContactActions } from './member/ContactActions.js';

function languageName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Known project roles in the interface language; roles typed freely by importers stay as given. */
function projectRole(role: string, t: (key: MessageKey) => string): string {
  const key = `projectRole.${role}`;
  return key in MESSAGES.fr ? t(key as MessageKey) : role;
}

export default function MemberPage({ handle }: { handle: string }) {
  const { t, plural, date, language } = useI18n();
  const [result, retry] = useQuery<MemberProfileData>({ query: MEMBER_PROFILE, variables: { handle } });
  const { me, loading } = useSession();
  const member = result.data?.member;
  useDocumentTitle(member?.name);
  if (result.error)
    return <ErrorNotice error={result.error} onRetry={() => retry({ requestPolicy: 'network-only' })} />;
  if (!result.data || (!member && loading)) return <Loading />;
  if (!member && !me)
    return (
      <section className="signin-needed" aria-labelledby="signin-needed-title">
        <h1 id="signin-needed-title">{t('member.signInToSee')}</h1>
        <p>{t('member.signInToSeeHelp')}</p>
        <p>
          <Link className="button" href="/signin">
            {t('nav.signIn')}
          </Link>
        </p>
      </section>
    );
  if (!member) return <Empty>{t('member.hidden')}</Empty>;

  const place = [member.city, member.country].filter(Boolean).join(', ');
  const skills = [...member.skills].sort((a, b) => b.level - a.level || b.years - a.years);
  return (
    <article className="profile">
      <div>
        <header className="profile__head">
          <Avatar name={member.name} large />
          <div>
            <h1>{member.name}</h1>
            <p className="card__meta">
              {place && <>{place} · </>}
              {t('member.joined', { date: date(member.joinedAt) })}
            </p>
            <p className="card__meta">
              <AvailabilityBadge availability={member.availability} />{' '}
              {member.isNewcomer && <span className="badge badge--new">{t('member.newcomer')}</span>}
            </p>
          </div>
        </header>
        {member.bio && <p>{member.bio}</p>}
        <section className="section" aria-labelledby="skills-title">
          <h2 id="skills-title">{t('member.skills')}</h2>
          {skills.length === 0 ? (
            <Empty>{t('member.none')}</Empty>
          ) : (
            <ul className="skill-list">
              {skills.map(({ skill, level, years }) => (
                <li key={skill.slug}>
                  <span>
                    <Link href={`/skills/${skill.slug}`}>{skill.label}</Link>
                    {/* No "0 years": less than a year of experience says nothing. */}
                    {years > 0 && <span className="card__meta"> · {plural('member.years', years)}</span>}
                  </span>
                  <SkillLevel level={level} />
                </li>
              ))}
            </ul>
          )}
        </section>
        {member.projects.length > 0 && (
          <section className="section" aria-labelledby="projects-title">
            <h2 id="projects-title">{t('member.projects')}</h2>
            <ul className="plain-list">
              {member.projects.map(({ project, role }) => (
                <li key={project.id}>
                  <strong>{project.title}</strong>{' '}
                  <span className="card__meta">
                    · {projectRole(role, t)} · {date(project.startedAt)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <aside aria-label={member.name}>
        <ContactActions member={member} />
        <section className="section" aria-labelledby="spaces-title">
          <h2 id="spaces-title">{t('member.spaces')}</h2>
          <ul className="tags">
            {member.spaces.map((space) => (
              <li key={space.slug}>
                <Link className="tag" href={`/spaces/${space.slug}`}>
                  {space.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        {member.filieres.length > 0 && (
          <section className="section" aria-labelledby="filieres-title">
            <h2 id="filieres-title">{t('member.filieres')}</h2>
            <ul className="tags">
              {member.filieres.map(({ filiere }) => (
                <li key={filiere.slug}>
                  <Link className="tag" href={`/filieres/${filiere.slug}`}>
                    {filiere.label}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        {member.communities.length > 0 && (
          <section className="section" aria-labelledby="communities-title">
            <h2 id="communities-title">{t('member.communities')}</h2>
            <ul className="tags">
              {member.communities.map((community) => (
                <li key={community.slug} className="tag">
                  {community.name}
                </li>
              ))}
            </ul>
          </section>
        )}
        <section className="section" aria-labelledby="languages-title">
          <h2 id="languages-title">{t('member.languages')}</h2>
          <p>{member.languages.map((code) => languageName(code, language)).join(', ')}</p>
        </section>
        {member.collaborators.length > 0 && (
          <section className="section" aria-labelledby="collaborators-title">
            <h2 id="collaborators-title">{t('member.collaborators')}</h2>
            <ul className="plain-list">
              {member.collaborators.map(({ member: other, weight }) => (
                <li key={other.handle}>
                  <Link href={`/members/${encodeURIComponent(other.handle)}`}>{other.name}</Link>{' '}
                  <span className="card__meta">· {plural('member.sharedProjects', Math.round(weight))}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {[
          { key: 'mentors', title: t('member.mentors'), people: member.mentors },
          { key: 'mentees', title: t('member.mentees'), people: member.mentees },
        ]
          .filter((group) => group.people.length > 0)
          .map((group) => (
            <section key={group.key} className="section" aria-labelledby={`${group.key}-title`}>
              <h2 id={`${group.key}-title`}>{group.title}</h2>
              <ul className="plain-list">
                {group.people.map((person) => (
                  <li key={person.handle}>
                    <Link href={`/members/${encodeURIComponent(person.handle)}`}>{person.name}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
      </aside>
    </article>
  );
}
