// The onboarding and "my profile" screen: introduction, city, availability, languages,
// skills with levels, spaces, visibility and consents. Saving sends each part through its
// own mutation; a rejected field is shown next to it.
import { type FormEvent, useEffect, useState } from 'react';
import { type CombinedError, useClient, useQuery } from 'urql';
import { Link } from 'wouter';
import { useSession } from '../../app/session.js';
import { useDocumentTitle } from '../../app/useDocumentTitle.js';
import {
  MY_PROFILE,
  type MyProfile,
  type MyProfileData,
  SET_MY_PRIVACY,
  SET_MY_SKILLS,
  SET_MY_SPACES,
  UPDATE_MY_PROFILE,
} from '../../graphql/accountDocuments.js';
import { DIRECTORY_FACETS, type DirectoryFacetsData } from '../../graphql/documents.js';
import { fieldProblems } from '../../graphql/fieldProblems.js';
import { type Availability, graphqlLanguage, messageKeyOf } from '../../graphql/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { SelectField, TextField } from '../../ui/Field.js';
import { ErrorNotice, Loading } from '../../ui/Status.js';
import { NoMemberProfile } from '../bids/RequireMember.js';
import { FormProblems } from './FormProblems.js';
import { type Privacy, PrivacyChoices } from './PrivacyChoices.js';
import { type HeldSkill, SkillsEditor } from './SkillsEditor.js';

const SPOKEN_LANGUAGES = ['fr', 'nl', 'en', 'de', 'es', 'it', 'pt', 'ar'] as const;
const AVAILABILITIES: Availability[] = ['AVAILABLE', 'LIMITED', 'UNAVAILABLE'];
const FIELDS = ['bio', 'city', 'languages', 'availability', 'skills', 'spaces', 'visibility'] as const;

interface Draft {
  bio: string;
  city: string;
  availability: Availability;
  languages: string[];
  skills: HeldSkill[];
  spaces: string[];
  privacy: Privacy;
}

/**
 * A profile never filled in (no bio, skill nor space) is being onboarded: its consents start
 * unticked, so nothing is agreed to until the member ticks it and saves.
 */
function isOnboarding(member: MyProfile): boolean {
  return member.bio === '' && member.skills.length === 0 && member.spaces.length === 0;
}

function draftOf(member: MyProfile): Draft {
  const privacy = isOnboarding(member)
    ? { ...member.privacy, suggestForBids: false, suggestForMentoring: false, suggestForFilieres: false }
    : member.privacy;
  return {
    bio: member.bio,
    city: member.city ?? '',
    availability: member.availability,
    languages: member.languages,
    skills: member.skills.map((s) => ({
      slug: s.skill.slug,
      label: s.skill.label,
      level: s.level,
      years: s.years,
    })),
    spaces: member.spaces.map((s) => s.slug),
    privacy,
  };
}

export default function ProfileEditorPage() {
  const i18n = useI18n();
  const { t, language } = i18n;
  useDocumentTitle(t('onboarding.title'));
  const client = useClient();
  const session = useSession();
  const [profile] = useQuery<MyProfileData>({ query: MY_PROFILE, requestPolicy: 'network-only' });
  const [facets] = useQuery<DirectoryFacetsData>({ query: DIRECTORY_FACETS });
  const member = profile.data?.me?.member ?? null;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const [spaceToAdd, setSpaceToAdd] = useState('');

  useEffect(() => {
    if (member && !draft) setDraft(draftOf(member));
  }, [member, draft]);

  if (profile.error) return <ErrorNotice error={profile.error} />;
  if (profile.data && !profile.data.me) {
    return (
      <p className="notice">
        <Link href="/signin">{t('signIn.needed')}</Link>
      </p>
    );
  }
  // An admin or conseiller account without a member profile: say so instead of waiting forever.
  if (profile.data?.me && !member) return <NoMemberProfile roles={session.me?.roles ?? []} />;
  if (!draft || !member) return <Loading />;

  const update = (changes: Partial<Draft>) => {
    setSaved(false);
    setDraft({ ...draft, ...changes });
  };
  const languageName = new Intl.DisplayNames([language], { type: 'language' });
  // Sorted as a reader of the interface language expects ("atelier" next to "Atelier", accents folded).
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const spaces = [...(facets.data?.spaces ?? [])].sort((a, b) => collator.compare(a.name, b.name));
  const spaceName = (slug: string) => spaces.find((s) => s.slug === slug)?.name ?? slug;
  const problems = fieldProblems(error, FIELDS, i18n);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    setSaving(true);
    setError(undefined);
    const steps = [
      () =>
        client
          .mutation(UPDATE_MY_PROFILE, {
            input: {
              bio: draft.bio,
              city: draft.city.trim() || null,
              availability: draft.availability,
              languages: draft.languages,
              preferredLanguage: graphqlLanguage(language),
            },
          })
          .toPromise(),
      () =>
        client
          .mutation(SET_MY_SKILLS, {
            skills: draft.skills.map((s) => ({ skill: s.slug, level: s.level, years: s.years })),
          })
          .toPromise(),
      () => client.mutation(SET_MY_SPACES, { spaces: draft.spaces }).toPromise(),
      () => {
        // Only the input's fields: the cached object also carries __typename.
        const { visibility, suggestForBids, suggestForMentoring, suggestForFilieres } = draft.privacy;
        const input = { visibility, suggestForBids, suggestForMentoring, suggestForFilieres };
        return client.mutation(SET_MY_PRIVACY, { input }).toPromise();
      },
    ];
    for (const step of steps) {
      const outcome = await step();
      if (outcome.error) {
        setError(outcome.error);
        setSaving(false);
        return;
      }
    }
    setSaving(false);
    setSaved(true);
  }

  return (
    <>
      <h1>{t('onboarding.title')}</h1>
      <p className="page-intro">{t('onboarding.intro')}</p>
      <p>
        <Link href={`/members/${encodeURIComponent(member.handle)}`}>{member.name}</Link>
      </p>
      <form className="form" onSubmit={save} noValidate>
        <FormProblems problems={problems} />
        <TextField
          label={t('onboarding.bio')}
          multiline
          name="bio"
          value={draft.bio}
          onChange={(bio) => update({ bio })}
          error={problems.byField.bio}
        />
        <TextField
          label={t('onboarding.city')}
          name="city"
          autoComplete="address-level2"
          value={draft.city}
          onChange={(city) => update({ city })}
          error={problems.byField.city}
        />
        <SelectField
          label={t('member.availability')}
          name="availability"
          value={draft.availability}
          onChange={(value) => update({ availability: value as Availability })}
          options={AVAILABILITIES.map((a) => ({ value: a, label: t(`availability.${messageKeyOf(a)}`) }))}
        />
        <fieldset className="form">
          <legend>
            <h2>{t('onboarding.languages')}</h2>
          </legend>
          <div className="tags">
            {SPOKEN_LANGUAGES.map((code) => (
              <div key={code} className="choice">
                <input
                  type="checkbox"
                  id={`speaks-${code}`}
                  checked={draft.languages.includes(code)}
                  onChange={(event) =>
                    update({
                      languages: event.target.checked
                        ? [...draft.languages, code]
                        : draft.languages.filter((l) => l !== code),
                    })
                  }
                />
                <label htmlFor={`speaks-${code}`}>{languageName.of(code) ?? code}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <SkillsEditor
          options={facets.data?.skills ?? []}
          value={draft.skills}
          onChange={(skills) => update({ skills })}
        />
        <fieldset className="form">
          <legend>
            <h2>{t('onboarding.spaces')}</h2>
          </legend>
          <div className="toolbar">
            <SelectField
              label={t('directory.space')}
              value={spaceToAdd}
              onChange={setSpaceToAdd}
              emptyLabel="—"
              options={spaces
                .filter((s) => !draft.spaces.includes(s.slug))
                .map((s) => ({ value: s.slug, label: s.city ? `${s.name} (${s.city})` : s.name }))}
            />
            <button
              type="button"
              className="button button--quiet"
              disabled={!spaceToAdd}
              onClick={() => {
                update({ spaces: [...draft.spaces, spaceToAdd] });
                setSpaceToAdd('');
              }}
            >
              {t('onboarding.add')}
            </button>
          </div>
          {draft.spaces.length === 0 ? (
            <p className="notice">{t('onboarding.noSpaces')}</p>
          ) : (
            <ul className="tags">
              {draft.spaces.map((slug) => (
                <li key={slug} className="tag">
                  {spaceName(slug)}
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t('onboarding.remove', { name: spaceName(slug) })}
                    onClick={() => update({ spaces: draft.spaces.filter((s) => s !== slug) })}
                  >
                    ✕
                  </button>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        <PrivacyChoices value={draft.privacy} onChange={(privacy) => update({ privacy })} />
        <div>
          <button type="submit" className="button" disabled={saving}>
            {t('onboarding.save')}
          </button>
        </div>
        <p role="status">{saved ? t('onboarding.saved') : ''}</p>
      </form>
    </>
  );
}
