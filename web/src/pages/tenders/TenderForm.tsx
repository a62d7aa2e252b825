// Create a tender: title, buyer, description (the skills and the deadline it names are offered
// to confirm, with the phrase that names each), deadline, budget, the place (the author's own
// space by default; any space or typed town through the place picker, as in the directory; or
// the whole network said plainly), a radius and the requirements.
import { useState } from 'react';
import { useClient, useMutation } from 'urql';
import { useLocation } from 'wouter';
import { fieldProblems } from '../../graphql/fieldProblems.js';
import {
  CREATE_TENDER,
  type CreateTenderData,
  EXTRACT_TENDER_SKILLS,
  type ExtractTenderSkillsData,
  type ProductReferenceData,
  type SkillCandidateData,
} from '../../graphql/productDocuments.js';
import type { PlaceOption } from '../../graphql/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { SelectField, TextField } from '../../ui/Field.js';
import { PlacePicker } from '../../ui/PlacePicker.js';
import { FormProblems } from '../account/FormProblems.js';
import { addRequirement, type RequirementDraft, RequirementsEditor } from './RequirementsEditor.js';

const FIELDS = [
  'title',
  'buyer',
  'description',
  'deadline',
  'budget',
  'lat',
  'radiusKm',
  'requirements',
  'skill',
] as const;
const RADII = ['20', '50', '80', '150', '300'];

/** A space of the reference data as a picker option (the author's own space is the default place). */
function spacePlace(space: ProductReferenceData['spaces'][number]): PlaceOption | null {
  if (!space.location) return null;
  return {
    key: `space:${space.slug}`,
    kind: 'SPACE',
    name: space.name,
    city: space.city,
    country: space.country,
    location: space.location,
  };
}

/** What the tender page shows as its place: "La Coroutine (Lille)" for a space, the town's name otherwise. */
function placeName(place: PlaceOption): string {
  return place.kind === 'SPACE' && place.city ? `${place.name} (${place.city})` : place.name;
}

/** `2027-03-15` for an instant, in the reader's time zone (what a date input shows). */
function dateInputValue(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function TenderForm({ reference }: { reference: ProductReferenceData }) {
  const i18n = useI18n();
  const { t } = i18n;
  const client = useClient();
  const [, navigate] = useLocation();
  const mySpaces = new Set(reference.me?.member?.spaces.map((s) => s.slug) ?? []);
  const ownSpace = reference.spaces.find((s) => mySpaces.has(s.slug) && s.location !== null);
  const [title, setTitle] = useState('');
  const [buyer, setBuyer] = useState('');
  const [description, setDescription] = useState('');
  const [deadline, setDeadline] = useState('');
  const [deadlineFound, setDeadlineFound] = useState<string | null>(null);
  const [budget, setBudget] = useState('');
  const [place, setPlace] = useState<PlaceOption | null>(ownSpace ? spacePlace(ownSpace) : null);
  const [networkWide, setNetworkWide] = useState(false);
  const [radius, setRadius] = useState('80');
  const [requirements, setRequirements] = useState<RequirementDraft[]>([]);
  const [candidates, setCandidates] = useState<SkillCandidateData[] | null>(null);
  const [placeMissing, setPlaceMissing] = useState(false);
  const [created, createTender] = useMutation<CreateTenderData>(CREATE_TENDER);
  const problems = fieldProblems(created.error, FIELDS, i18n);

  async function readText() {
    const result = await client
      .query<ExtractTenderSkillsData>(EXTRACT_TENDER_SKILLS, { text: description })
      .toPromise();
    setCandidates(result.data?.extractTenderSkills ?? []);
    const found = result.data?.extractTenderDeadline;
    setDeadlineFound(found?.because ?? null);
    if (found && deadline === '') setDeadline(dateInputValue(found.deadline));
  }

  async function submit() {
    if (!networkWide && place === null) {
      setPlaceMissing(true);
      return;
    }
    const chosen = networkWide ? null : place;
    const amount = budget.trim() === '' ? null : Number(budget.replace(',', '.'));
    const result = await createTender({
      input: {
        title,
        buyer,
        description,
        ...(deadline ? { deadline: new Date(`${deadline}T23:59:00`).toISOString() } : {}),
        ...(amount !== null && Number.isFinite(amount) ? { budget: amount, currency: 'EUR' } : {}),
        ...(chosen
          ? {
              lat: chosen.location.lat,
              lon: chosen.location.lon,
              radiusKm: Number(radius),
              placeName: placeName(chosen),
            }
          : {}),
        requirements: requirements.map((r) => ({ skill: r.slug, minLevel: r.minLevel, count: r.count })),
      },
    });
    const id = result.data?.createTender.tenderId;
    if (id) navigate(`/tenders/${encodeURIComponent(id)}`);
  }

  return (
    <form
      className="form section"
      aria-labelledby="new-tender-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="new-tender-title">{t('tenders.new')}</h2>
      <FormProblems problems={problems} />
      <TextField
        label={t('tenders.title')}
        value={title}
        onChange={setTitle}
        error={problems.byField.title}
        required
      />
      <TextField
        label={t('tenders.buyer')}
        value={buyer}
        onChange={setBuyer}
        hint={t('tenders.buyerHint')}
        error={problems.byField.buyer}
      />
      <TextField
        label={t('tenders.description')}
        value={description}
        onChange={setDescription}
        hint={t('tenders.descriptionHint')}
        error={problems.byField.description}
        multiline
      />
      <div className="toolbar">
        <button
          type="button"
          className="button button--quiet"
          disabled={description.trim() === ''}
          onClick={() => void readText()}
        >
          {t('tenders.extract')}
        </button>
      </div>
      {candidates !== null && (
        <section aria-labelledby="skill-candidates-title" aria-live="polite">
          <h3 id="skill-candidates-title">{t('tenders.candidates')}</h3>
          {candidates.length === 0 ? (
            <p className="notice">{t('tenders.noCandidates')}</p>
          ) : (
            <ul className="plain-list">
              {candidates.map((c) => {
                const label = c.skill?.label ?? c.skillId;
                return (
                  <li key={c.skillId}>
                    <strong>{label}</strong> — {t('tenders.because', { phrase: c.because })}{' '}
                    <button
                      type="button"
                      className="button button--quiet"
                      disabled={requirements.some((r) => r.slug === c.skillId)}
                      aria-label={t('tenders.confirmSkill', { name: label })}
                      onClick={() =>
                        setRequirements(addRequirement(requirements, { slug: c.skillId, label }))
                      }
                    >
                      {t('tenders.confirm')}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
      <TextField
        label={t('tenders.deadline')}
        type="date"
        value={deadline}
        onChange={setDeadline}
        hint={deadlineFound ? t('tenders.deadlineFound', { phrase: deadlineFound }) : undefined}
        error={problems.byField.deadline}
      />
      <TextField
        label={t('tenders.budget')}
        type="number"
        value={budget}
        onChange={setBudget}
        error={problems.byField.budget}
      />
      {!networkWide && (
        <PlacePicker
          label={t('tenders.place')}
          value={place}
          onChange={(chosen) => {
            setPlace(chosen);
            if (chosen) setPlaceMissing(false);
          }}
          hint={`${t('tenders.placeHint')} ${t('places.hint')}`}
        />
      )}
      <div className="choice">
        <input
          type="checkbox"
          id="tender-network-wide"
          checked={networkWide}
          aria-describedby={networkWide ? 'tender-network-wide-help' : undefined}
          onChange={(event) => {
            setNetworkWide(event.target.checked);
            setPlaceMissing(false);
          }}
        />
        <div>
          <label htmlFor="tender-network-wide">{t('tenders.networkWideChoice')}</label>
          {networkWide && (
            <div id="tender-network-wide-help" className="field__hint">
              {t('tenders.networkWideHint')}
            </div>
          )}
        </div>
      </div>
      {placeMissing && (
        <p className="field__error" role="alert">
          {t('tenders.placeRequired')}
        </p>
      )}
      {!networkWide && (
        <SelectField
          label={t('tenders.radius')}
          value={radius}
          onChange={setRadius}
          options={RADII.map((km) => ({ value: km, label: t('directory.radiusKm', { km: Number(km) }) }))}
        />
      )}
      <RequirementsEditor
        options={reference.skills}
        value={requirements}
        onChange={setRequirements}
        error={problems.byField.requirements ?? problems.byField.skill}
      />
      <div className="toolbar">
        <button type="submit" className="button" disabled={created.fetching}>
          {t('tenders.create')}
        </button>
      </div>
    </form>
  );
}
