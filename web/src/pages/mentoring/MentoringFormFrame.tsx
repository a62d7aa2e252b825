// The request for a mentor and the offer to mentor ask the same things (skills, languages, mode),
// report problems the same way and save the same way; only one field and the words differ. This
// frame holds what they share, once.
import { type ReactNode, useState } from 'react';
import { useMutation } from 'urql';
import { type FieldProblems, fieldProblems } from '../../graphql/fieldProblems.js';
import type { MentoringMode } from '../../graphql/productDocuments.js';
import { messageKeyOf, type SkillOption } from '../../graphql/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { SelectField } from '../../ui/Field.js';
import { FormProblems } from '../account/FormProblems.js';
import { LanguageChoice } from './LanguageChoice.js';
import { SkillChoice } from './SkillChoice.js';

const MODES: MentoringMode[] = ['EITHER', 'REMOTE', 'IN_PERSON'];
const FIELDS = ['skills', 'languages', 'mode', 'goals', 'capacity', 'suggestForMentoring'] as const;

export type MentoringFieldErrors = ReturnType<typeof fieldErrors>;

/** Each field's problem in the reader's language (the API names the field; its message is for developers). */
function fieldErrors(problems: FieldProblems, t: (key: MessageKey) => string) {
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

/** What both forms send besides their own field. */
export interface SharedMentoringInput {
  skills: string[];
  languages: string[];
  mode: MentoringMode;
}

interface MentoringFormFrameProps {
  /** Prefix of the heading's id (`<id>-title`), which labels the form. */
  id: string;
  /** The heading and the skills field's label. */
  words: { title: MessageKey; skills: MessageKey };
  /** The submit button's words and what is said once saved. */
  outcome: { send: MessageKey; saved: MessageKey };
  mutation: string;
  skills: SkillOption[];
  current: SharedMentoringInput | null;
  /** The whole input, from the shared part and the form's own field. */
  input(shared: SharedMentoringInput): Record<string, unknown>;
  /** The form's own field, shown after the mode. */
  ownField(errors: MentoringFieldErrors): ReactNode;
  onSaved(): void;
}

export function MentoringFormFrame({
  id,
  words,
  outcome,
  mutation,
  skills,
  current,
  input,
  ownField,
  onSaved,
}: MentoringFormFrameProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [chosen, setChosen] = useState<string[]>(current?.skills ?? []);
  const [languages, setLanguages] = useState<string[]>(current?.languages ?? []);
  const [mode, setMode] = useState<MentoringMode>(current?.mode ?? 'EITHER');
  const [saved, save] = useMutation(mutation);
  const problems = fieldProblems(saved.error, FIELDS, i18n);
  const errors = fieldErrors(problems, t);
  const modes = MODES.map((value) => ({ value, label: t(`mentoring.mode.${messageKeyOf(value)}`) }));
  return (
    <form
      className="form section"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void save({ input: input({ skills: chosen, languages, mode }) }).then((r) => !r.error && onSaved());
      }}
    >
      <h2 id={`${id}-title`}>{t(words.title)}</h2>
      <FormProblems problems={problems} />
      {problems.byField.suggestForMentoring && <p className="field__error">{t('mentoring.needsConsent')}</p>}
      <SkillChoice
        label={t(words.skills)}
        options={skills}
        value={chosen}
        onChange={setChosen}
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
      {ownField(errors)}
      <div className="toolbar">
        <button type="submit" className="button" disabled={saved.fetching}>
          {t(outcome.send)}
        </button>
      </div>
      {saved.data && <p role="status">{t(outcome.saved)}</p>}
    </form>
  );
}
