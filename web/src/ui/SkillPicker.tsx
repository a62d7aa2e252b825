// Pick a skill by autocomplete (native datalist, matching labels and synonyms in the interface
// language, accents ignored): Enter or the Add button picks the typed skill, an unknown one is
// reported on the field. Shared by the profile skills, a tender's requirements and mentoring.
import { type ReactNode, useId, useState } from 'react';
import type { SkillOption } from '../graphql/types.js';
import { foldForSearch } from '../i18n/foldForSearch.js';
import { useI18n } from '../i18n/I18nProvider.js';

export function findSkill(skills: SkillOption[], typed: string): SkillOption | undefined {
  const wanted = foldForSearch(typed);
  if (!wanted) return undefined;
  return (
    skills.find((s) => foldForSearch(s.label) === wanted) ??
    skills.find((s) => s.altLabels.some((alt) => foldForSearch(alt) === wanted))
  );
}

interface SkillPickerProps {
  label: string;
  options: SkillOption[];
  onPick(skill: SkillOption): void;
  /** Slugs left out of the suggestions; typing one still finds it. */
  unsuggested?: ReadonlySet<string> | undefined;
  hint?: string | undefined;
  /** An error from the enclosing form, shown when the picker has none of its own. */
  error?: string | undefined;
  /** Rendered last inside the field, e.g. the skills already chosen. */
  children?: ReactNode;
}

export function SkillPicker({
  label,
  options,
  onPick,
  unsuggested,
  hint,
  error,
  children,
}: SkillPickerProps) {
  const { t } = useI18n();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState('');
  const shownProblem = problem || error;
  const describedBy =
    [hint ? `${id}-hint` : '', shownProblem ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined;

  function pick() {
    const skill = findSkill(options, typed);
    if (!skill) {
      setProblem(t('onboarding.pickSkill'));
      return;
    }
    setProblem('');
    setTyped('');
    onPick(skill);
  }

  return (
    <div className="field">
      <label htmlFor={`${id}-input`}>{label}</label>
      <div className="toolbar">
        <input
          id={`${id}-input`}
          type="text"
          list={`${id}-options`}
          value={typed}
          autoComplete="off"
          aria-describedby={describedBy}
          aria-invalid={shownProblem ? true : undefined}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              pick();
            }
          }}
        />
        <button type="button" className="button button--quiet" onClick={pick}>
          {t('onboarding.add')}
        </button>
      </div>
      <datalist id={`${id}-options`}>
        {options
          .filter((s) => !unsuggested?.has(s.slug))
          .map((s) => (
            <option key={s.slug} value={s.label} />
          ))}
      </datalist>
      {hint && (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      )}
      {shownProblem && (
        <span id={`${id}-problem`} className="field__error" role="alert">
          {shownProblem}
        </span>
      )}
      {children}
    </div>
  );
}
