// The newcomer's request for a mentor and the experienced member's offer to mentor.
import { useState } from 'react';
import { useMutation } from 'urql';
import { type FieldProblems, fieldProblems } from '../../graphql/fieldProblems.js';
import {
  type MentoringMode,
  type MyMentoringData,
  OFFER_MENTORING,
  REQUEST_MENTOR,
} from '../../graphql/productDocuments.js';
import { messageKeyOf, type SkillOption } from '../../graphql/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { SelectField, TextField } from '../../ui/Field.js';
import { FormProblems } from '../account/FormProblems.js';
import { LanguageChoice } from './LanguageChoice.js';
import { SkillChoice } from './SkillChoice.js';

const MODES: MentoringMode[] = ['EITHER', 'REMOTE', 'IN_PERSON'];
const FIELDS = ['skills', 'languages', 'mode', 'goals', 'capacity', 'suggestForMentoring'] as const;

/** Each field's problem in the reader's language (the API names the field; its message is for developers). */
function useFieldErrors(problems: FieldProblems) {
  const { t } = useI18n();
  const when = (field: (typeof FIELDS)[number], key: MessageKey) =>
    problems.byField[field] ? t(key) : undefined;
  return {
    skills: when('skills', 'mentoringForm.skillsProblem'),
    languages: when('languages', 'mentoringForm.languagesProblem'),
    mode: when('mode', 'mentoringForm.modeProblem'),
    goals: when('goals', 'mentoringForm.goalsProblem'),
    capacity: when('capacity', 'mentoringForm.capacityProblem'),
  };
}

function useModeOptions() {
  const { t } = useI18n();
  return MODES.map((mode) => ({ value: mode, label: t(`mentoring.mode.${messageKeyOf(mode)}`) }));
}

export function RequestForm({
  skills,
  current,
  onSaved,
}: {
  skills: SkillOption[];
  current: MyMentoringData['myMentorRequest'];
  onSaved(): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [wanted, setWanted] = useState<string[]>(current?.skills ?? []);
  const [languages, setLanguages] = useState<string[]>(current?.languages ?? []);
  const [mode, setMode] = useState<MentoringMode>(current?.mode ?? 'EITHER');
  const [goals, setGoals] = useState(current?.goals ?? '');
  const [saved, save] = useMutation(REQUEST_MENTOR);
  const problems = fieldProblems(saved.error, FIELDS, i18n);
  const errors = useFieldErrors(problems);
  const modes = useModeOptions();
  return (
    <form
      className="form section"
      aria-labelledby="request-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save({ input: { skills: wanted, languages, mode, goals } }).then((r) => !r.error && onSaved());
      }}
    >
      <h2 id="request-title">{t('mentoring.request')}</h2>
      <FormProblems problems={problems} />
      {problems.byField.suggestForMentoring && <p className="field__error">{t('mentoring.needsConsent')}</p>}
      <SkillChoice
        label={t('mentoring.wantedSkills')}
        options={skills}
        value={wanted}
        onChange={setWanted}
        error={errors.skills}
      />
      <LanguageChoice
        legend={t('mentoring.languages')}
        value={languages}
        onChange={setLanguages}
        error={errors.languages}
      />
      <SelectField
        label={t('mentoring.modeLabel')}
        value={mode}
        onChange={(v) => setMode(v as MentoringMode)}
        options={modes}
        error={errors.mode}
      />
      <TextField
        label={t('mentoring.goals')}
        value={goals}
        onChange={setGoals}
        multiline
        error={errors.goals}
      />
      <div className="toolbar">
        <button type="submit" className="button" disabled={saved.fetching}>
          {t('mentoring.sendRequest')}
        </button>
      </div>
      {saved.data && <p role="status">{t('mentoring.requestSaved')}</p>}
    </form>
  );
}

export function OfferForm({
  skills,
  current,
  onSaved,
}: {
  skills: SkillOption[];
  current: MyMentoringData['myMentorOffer'];
  onSaved(): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [offered, setOffered] = useState<string[]>(current?.skills ?? []);
  const [languages, setLanguages] = useState<string[]>(current?.languages ?? []);
  const [mode, setMode] = useState<MentoringMode>(current?.mode ?? 'EITHER');
  const [capacity, setCapacity] = useState(String(current?.capacity ?? 1));
  const [saved, save] = useMutation(OFFER_MENTORING);
  const problems = fieldProblems(saved.error, FIELDS, i18n);
  const errors = useFieldErrors(problems);
  const modes = useModeOptions();
  return (
    <form
      className="form section"
      aria-labelledby="offer-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save({ input: { skills: offered, languages, mode, capacity: Number(capacity) } }).then(
          (r) => !r.error && onSaved(),
        );
      }}
    >
      <h2 id="offer-title">{t('mentoring.offer')}</h2>
      <FormProblems problems={problems} />
      {problems.byField.suggestForMentoring && <p className="field__error">{t('mentoring.needsConsent')}</p>}
      <SkillChoice
        label={t('mentoring.offeredSkills')}
        options={skills}
        value={offered}
        onChange={setOffered}
        error={errors.skills}
      />
      <LanguageChoice
        legend={t('mentoring.languages')}
        value={languages}
        onChange={setLanguages}
        error={errors.languages}
      />
      <SelectField
        label={t('mentoring.modeLabel')}
        value={mode}
        onChange={(v) => setMode(v as MentoringMode)}
        options={modes}
        error={errors.mode}
      />
      <SelectField
        label={t('mentoring.capacity')}
        value={capacity}
        onChange={setCapacity}
        options={['1', '2', '3', '4', '5'].map((n) => ({ value: n, label: n }))}
        error={errors.capacity}
      />
      <div className="toolbar">
        <button type="submit" className="button" disabled={saved.fetching}>
          {t('mentoring.sendOffer')}
        </button>
      </div>
      {saved.data && <p role="status">{t('mentoring.offerSaved')}</p>}
    </form>
  );
}
