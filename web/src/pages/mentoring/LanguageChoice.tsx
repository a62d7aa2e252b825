// The languages one can mentor or be mentored in, as checkboxes named in the interface language.
import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';

const SPOKEN_LANGUAGES = ['fr', 'nl', 'en', 'de', 'es', 'it', 'pt', 'ar'] as const;

export function LanguageChoice({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: string[];
  onChange(value: string[]): void;
}) {
  const { language } = useI18n();
  const id = useId();
  const names = new Intl.DisplayNames([language], { type: 'language' });
  return (
    <fieldset className="form">
      <legend>{legend}</legend>
      <div className="tags">
        {SPOKEN_LANGUAGES.map((code) => (
          <div key={code} className="choice">
            <input
              type="checkbox"
              id={`${id}-${code}`}
              checked={value.includes(code)}
              onChange={(event) =>
                onChange(event.target.checked ? [...value, code] : value.filter((l) => l !== code))
              }
            />
            <label htmlFor={`${id}-${code}`}>{names.of(code) ?? code}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
