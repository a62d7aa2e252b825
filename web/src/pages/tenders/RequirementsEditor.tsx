// A tender's requirements: a skill chosen by autocomplete (labels and synonyms in the interface
// language), the minimum level and how many people; each row can be changed or removed.
import { useId } from 'react';
import type { SkillOption } from '../../graphql/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { SkillPicker } from '../../ui/SkillPicker.js';

export interface RequirementDraft {
  slug: string;
  label: string;
  minLevel: number;
  count: number;
}

const LEVELS = [1, 2, 3, 4, 5] as const;
const COUNTS = [1, 2, 3, 4, 5] as const;

export function addRequirement(value: RequirementDraft[], skill: { slug: string; label: string }) {
  if (value.some((r) => r.slug === skill.slug)) return value;
  return [...value, { slug: skill.slug, label: skill.label, minLevel: 3, count: 1 }];
}

interface RequirementsEditorProps {
  options: SkillOption[];
  value: RequirementDraft[];
  onChange(value: RequirementDraft[]): void;
  error?: string | undefined;
}

export function RequirementsEditor({ options, value, onChange, error }: RequirementsEditorProps) {
  const { t } = useI18n();
  const id = useId();
  const update = (slug: string, change: Partial<RequirementDraft>) =>
    onChange(value.map((r) => (r.slug === slug ? { ...r, ...change } : r)));

  return (
    <fieldset className="form">
      <legend>
        <h2>{t('tenders.requirements')}</h2>
      </legend>
      <SkillPicker
        label={t('tenders.addRequirement')}
        options={options}
        error={error}
        onPick={(skill) => onChange(addRequirement(value, skill))}
      />
      {value.length === 0 ? (
        <p className="notice">{t('tenders.noRequirements')}</p>
      ) : (
        <ul className="skill-list" aria-label={t('tenders.requirements')}>
          {value.map((r) => (
            <li key={r.slug}>
              <span>{r.label}</span>
              <span className="inline-select">
                <label className="visually-hidden" htmlFor={`${id}-${r.slug}-level`}>
                  {t('tenders.minLevelOf', { name: r.label })}
                </label>
                <select
                  id={`${id}-${r.slug}-level`}
                  value={r.minLevel}
                  onChange={(event) => update(r.slug, { minLevel: Number(event.target.value) })}
                >
                  {LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {t(`level.${level}` as MessageKey)}
                    </option>
                  ))}
                </select>
                <label className="visually-hidden" htmlFor={`${id}-${r.slug}-count`}>
                  {t('tenders.countOf', { name: r.label })}
                </label>
                <select
                  id={`${id}-${r.slug}-count`}
                  value={r.count}
                  onChange={(event) => update(r.slug, { count: Number(event.target.value) })}
                >
                  {COUNTS.map((count) => (
                    <option key={count} value={count}>
                      {t('tenders.people', { count })}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('onboarding.remove', { name: r.label })}
                  onClick={() => onChange(value.filter((other) => other.slug !== r.slug))}
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
