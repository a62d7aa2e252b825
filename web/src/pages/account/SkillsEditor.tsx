// Skills with levels: the skill picker (autocomplete on labels and synonyms in the interface
// language) adds a skill; each one gets a level from 1 to 5 and can be removed.
import { useId } from 'react';
import type { SkillOption } from '../../graphql/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { SkillPicker } from '../../ui/SkillPicker.js';

export interface HeldSkill {
  slug: string;
  label: string;
  level: number;
  years: number;
}

const LEVELS = [1, 2, 3, 4, 5] as const;
const DEFAULT_LEVEL = 3;

interface SkillsEditorProps {
  options: SkillOption[];
  value: HeldSkill[];
  onChange(skills: HeldSkill[]): void;
}

export function SkillsEditor({ options, value, onChange }: SkillsEditorProps) {
  const { t } = useI18n();
  const id = useId();
  const held = new Set(value.map((s) => s.slug));

  return (
    <fieldset className="form">
      <legend>
        <h2>{t('onboarding.skills')}</h2>
      </legend>
      <SkillPicker
        label={t('onboarding.skillSearch')}
        hint={t('onboarding.skillSearchHint')}
        options={options}
        unsuggested={held}
        onPick={(skill) => {
          if (!held.has(skill.slug)) {
            onChange([...value, { slug: skill.slug, label: skill.label, level: DEFAULT_LEVEL, years: 0 }]);
          }
        }}
      />
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
