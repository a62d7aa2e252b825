// Skills with levels: an autocomplete (native datalist, matching labels and synonyms in the
// interface language) adds a skill; each one gets a level from 1 to 5 and can be removed.
import { useId, useState } from 'react';
import type { SkillOption } from '../../graphql/types.js';
import { foldForSearch } from '../../i18n/foldForSearch.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';

export interface HeldSkill {
  slug: string;
  label: string;
  level: number;
  years: number;
}

const LEVELS = [1, 2, 3, 4, 5] as const;
const DEFAULT_LEVEL = 3;

export function findSkill(skills: SkillOption[], typed: string): SkillOption | undefined {
  const wanted = foldForSearch(typed);
  if (!wanted) return undefined;
  return (
    skills.find((s) => foldForSearch(s.label) === wanted) ??
    skills.find((s) => s.altLabels.some((alt) => foldForSearch(alt) === wanted))
  );
}

interface SkillsEditorProps {
  options: SkillOption[];
  value: HeldSkill[];
  onChange(skills: HeldSkill[]): void;
}

export function SkillsEditor({ options, value, onChange }: SkillsEditorProps) {
  const { t } = useI18n();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState('');
  const held = new Set(value.map((s) => s.slug));

  function add() {
    const skill = findSkill(options, typed);
    if (!skill) {
      setProblem(t('onboarding.pickSkill'));
      return;
    }
    setProblem('');
    setTyped('');
    if (!held.has(skill.slug)) {
      onChange([...value, { slug: skill.slug, label: skill.label, level: DEFAULT_LEVEL, years: 0 }]);
    }
  }

  return (
    <fieldset className="form">
      <legend>
        <h2>{t('onboarding.skills')}</h2>
      </legend>
      <div className="field">
        <label htmlFor={`${id}-input`}>{t('onboarding.skillSearch')}</label>
        <div className="toolbar">
          <input
            id={`${id}-input`}
            type="text"
            list={`${id}-options`}
            value={typed}
            autoComplete="off"
            aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
            aria-invalid={problem ? true : undefined}
            onChange={(event) => setTyped(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
          <button type="button" className="button button--quiet" onClick={add}>
            {t('onboarding.add')}
          </button>
        </div>
        <datalist id={`${id}-options`}>
          {options
            .filter((s) => !held.has(s.slug))
            .map((s) => (
              <option key={s.slug} value={s.label} />
            ))}
        </datalist>
        <span id={`${id}-hint`} className="field__hint">
          {t('onboarding.skillSearchHint')}
        </span>
        {problem && (
          <span id={`${id}-problem`} className="field__error" role="alert">
            {problem}
          </span>
        )}
      </div>
      {value.length === 0 ? (
        <p className="notice">{t('onboarding.noSkills')}</p>
      ) : (
        <ul className="skill-list" aria-label={t('onboarding.skills')}>
          {value.map((skill) => (
            <li key={skill.slug}>
              <span>{skill.label}</span>
              <span className="inline-select">
                <label className="visually-hidden" htmlFor={`${id}-${skill.slug}`}>
                  {t('onboarding.levelOf', { name: skill.label })}
                </label>
                <select
                  id={`${id}-${skill.slug}`}
                  value={skill.level}
                  onChange={(event) =>
                    onChange(
                      value.map((s) =>
                        s.slug === skill.slug ? { ...s, level: Number(event.target.value) } : s,
                      ),
                    )
                  }
                >
                  {LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {t(`level.${level}` as MessageKey)}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('onboarding.remove', { name: skill.label })}
                  onClick={() => onChange(value.filter((s) => s.slug !== skill.slug))}
                >
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
