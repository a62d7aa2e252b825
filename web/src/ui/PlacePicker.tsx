// Pick a place to search around: a space of the network or a town (the `places`
// autocomplete, accents and case ignored), as an ARIA combobox with a listbox:
// arrows move, Enter picks, Escape closes. Shared by the directory's "near" filter
// and a tender's place. `radiusAround` turns the pick into a GeoRadiusInput with only
// lat, lon and radiusKm (the cache's __typename must never reach the variables).
import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { useDebouncedValue } from '../app/useDebouncedValue.js';
import { PLACES, type PlacesData } from '../graphql/documents.js';
import type { PlaceOption } from '../graphql/types.js';
import { useI18n } from '../i18n/I18nProvider.js';

const TYPING_DELAY_MS = 200;
const SUGGESTIONS = 8;

export function radiusAround(
  place: PlaceOption,
  radiusKm: number,
): { lat: number; lon: number; radiusKm: number } {
  return { lat: place.location.lat, lon: place.location.lon, radiusKm };
}

function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "La Coroutine — Lille" for a space, "Lille, France" for a town, in the interface language. */
export function placeLabel(place: PlaceOption, language: string): string {
  if (place.kind === 'SPACE') return place.city ? `${place.name} — ${place.city}` : place.name;
  return `${place.name}, ${countryName(place.country, language)}`;
}

interface PlacePickerProps {
  label: string;
  value: PlaceOption | null;
  onChange(place: PlaceOption | null): void;
  hint?: string | undefined;
  error?: string | undefined;
}

export function PlacePicker({ label, value, onChange, hint, error }: PlacePickerProps) {
  const { t, language } = useI18n();
  const id = useId();
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const settled = useDebouncedValue(typed ?? '', TYPING_DELAY_MS).trim();
  const [result] = useQuery<PlacesData>({
    query: PLACES,
    variables: { query: settled, first: SUGGESTIONS },
    pause: settled.length < 2,
  });
  const options = settled.length >= 2 ? (result.data?.places ?? []) : [];
  const expanded = open && typed !== null && options.length > 0;
  const shown = typed ?? (value ? placeLabel(value, language) : '');
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');

  function pick(place: PlaceOption) {
    setTyped(null);
    setOpen(false);
    onChange(place);
  }

  return (
    <div className="field place-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <div className="toolbar">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          aria-activedescendant={expanded ? `${id}-option-${active}` : undefined}
          aria-describedby={describedBy || undefined}
          aria-invalid={error ? true : undefined}
          placeholder={t('places.placeholder')}
          value={shown}
          onChange={(event) => {
            setTyped(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onBlur={() => {
            setOpen(false);
            if (typed !== null && typed.trim() === '' && value) onChange(null);
            setTyped(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' && options.length > 0) {
              event.preventDefault();
              setOpen(true);
              setActive((i) => (i + 1) % options.length);
            } else if (event.key === 'ArrowUp' && options.length > 0) {
              event.preventDefault();
              setActive((i) => (i - 1 + options.length) % options.length);
            } else if (event.key === 'Enter') {
              event.preventDefault();
              const chosen = options[active];
              if (expanded && chosen) pick(chosen);
            } else if (event.key === 'Escape') {
              setOpen(false);
              setTyped(null);
            }
          }}
        />
        {value && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setTyped(null);
              onChange(null);
            }}
          >
            {t('places.clear')}
          </button>
        )}
      </div>
      <div
        id={`${id}-list`}
        role="listbox"
        aria-label={label}
        className="place-picker__list"
        hidden={!expanded}
      >
        {options.map((place, i) => (
          <div
            key={place.key}
            id={`${id}-option-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            className="place-picker__option"
            // Chosen on mousedown, before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(place);
            }}
          >
            <span>{placeLabel(place, language)}</span>{' '}
            <span className="card__meta">{t(place.kind === 'SPACE' ? 'places.space' : 'places.town')}</span>
          </div>
        ))}
      </div>
      {settled.length >= 2 && open && result.data && options.length === 0 && (
        <span className="field__hint" role="status">
          {t('places.none')}
        </span>
      )}
      {hint && (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field__error">
          {error}
        </span>
      )}
    </div>
  );
}
