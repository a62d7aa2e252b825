// Create a tender: title, description (skills found in it are offered to confirm, with the
// phrase that names each), the place through a space, a radius and the requirements.
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
import { useI18n } from '../../i18n/I18nProvider.js';
import { SelectField, TextField } from '../../ui/Field.js';
import { FormProblems } from '../account/FormProblems.js';
import { addRequirement, type RequirementDraft, RequirementsEditor } from './RequirementsEditor.js';

const FIELDS = ['title', 'description', 'lat', 'radiusKm', 'requirements', 'skill'] as const;
const RADII = ['20', '50', '80', '150', '300'];

export function TenderForm({ reference }: { reference: ProductReferenceData }) {
  const i18n = useI18n();
  const { t } = i18n;
  const client = useClient();
  const [, navigate] = useLocation();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [space, setSpace] = useState('');
  const [radius, setRadius] = useState('80');
  const [requirements, setRequirements] = useState<RequirementDraft[]>([]);
  const [candidates, setCandidates] = useState<SkillCandidateData[] | null>(null);
  const [created, createTender] = useMutation<CreateTenderData>(CREATE_TENDER);
  const problems = fieldProblems(created.error, FIELDS, i18n);
  const placed = reference.spaces.filter((s) => s.location !== null);

  async function findSkills() {
    const result = await client
      .query<ExtractTenderSkillsData>(EXTRACT_TENDER_SKILLS, { text: description })
      .toPromise();
    setCandidates(result.data?.extractTenderSkills ?? []);
  }

  async function submit() {
    const location = placed.find((s) => s.slug === space)?.location;
    const result = await createTender({
      input: {
        title,
        description,
        ...(location ? { lat: location.lat, lon: location.lon, radiusKm: Number(radius) } : {}),
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
          onClick={() => void findSkills()}
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
      <SelectField
        label={t('tenders.place')}
        value={space}
        onChange={setSpace}
        emptyLabel={t('tenders.anywhere')}
        hint={t('tenders.placeHint')}
        options={placed.map((s) => ({ value: s.slug, label: s.city ? `${s.name} (${s.city})` : s.name }))}
      />
      <SelectField
        label={t('tenders.radius')}
        value={radius}
        onChange={setRadius}
        options={RADII.map((km) => ({ value: km, label: t('directory.radiusKm', { km: Number(km) }) }))}
      />
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
