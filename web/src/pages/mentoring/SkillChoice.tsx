// Choose a few skills by autocomplete (labels and synonyms in the interface language).
import { useId, useState } from 'react';
import type { SkillOption } from '../../graphql/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { findSkill } from '../account/SkillsEditor.js';

interface SkillChoiceProps {
  label: string;
  options: SkillOption[];
  value: string[];
  onChange(value: string[]): void;
}

export function SkillChoice({ label, options, value, onChange }: SkillChoiceProps) {
  const { t } = useI18n();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState('');
  const labelOf = (slug: string) => options.find((s) => s.slug === slug)?.label ?? slug;

  function add() {
    const skill = findSkill(options, typed);
    if (!skill) {
      setProblem(t('onboarding.pickSkill'));
      return;
    }
    setProblem('');
    setTyped('');
    if (!value.includes(skill.slug)) onChange([...value, skill.slug]);
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
          aria-describedby={problem ? `${id}-problem` : undefined}
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
        {options.map((s) => (
          <option key={s.slug} value={s.label} />
        ))}
      </datalist>
      {problem && (
        <span id={`${id}-problem`} className="field__error" role="alert">
          {problem}
        </span>
      )}
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
    </div>
  );
}
