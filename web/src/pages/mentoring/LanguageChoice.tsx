// The languages one can mentor or be mentored in, as checkboxes named in the interface language;
// a problem with the choice is shown under them and marks each box invalid.
import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';

const SPOKEN_LANGUAGES = ['fr', 'nl', 'en', 'de', 'es', 'it', 'pt', 'ar'] as const;

export function LanguageChoice({
  legend,
  value,
  onChange,
  error,
}: {
  legend: string;
  value: string[];
  onChange(value: string[]): void;
  /** The form's problem with this choice, shown under the boxes and tied to each of them. */
  error?: string | undefined;
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
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(event) =>
                onChange(event.target.checked ? [...value, code] : value.filter((l) => l !== code))
              }
            />
            <label htmlFor={`${id}-${code}`}>{names.of(code) ?? code}</label>
          </div>
        ))}
      </div>
      {error && (
        <span id={`${id}-error`} className="field__error">
          {error}
        </span>
      )}
    </fieldset>
  );
}
