// Choose a few skills by autocomplete (labels and synonyms in the interface language).
import type { SkillOption } from '../../graphql/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { SkillPicker } from '../../ui/SkillPicker.js';

interface SkillChoiceProps {
  label: string;
  options: SkillOption[];
  value: string[];
  onChange(value: string[]): void;
  /** The form's problem with this choice, shown on the picker. */
  error?: string | undefined;
}

export function SkillChoice({ label, options, value, onChange, error }: SkillChoiceProps) {
  const { t } = useI18n();
  const labelOf = (slug: string) => options.find((s) => s.slug === slug)?.label ?? slug;

  return (
    <SkillPicker
      label={label}
      options={options}
      error={error}
      onPick={(skill) => {
        if (!value.includes(skill.slug)) onChange([...value, skill.slug]);
      }}
    >
      <ul className="tags" aria-label={label}>
        {value.map((slug) => (
          <li key={slug} className="tag">
            {labelOf(slug)}{' '}
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('onboarding.remove', { name: labelOf(slug) })}
              onClick={() => onChange(value.filter((s) => s !== slug))}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
    </SkillPicker>
  );
}
