// The directory facets: skill (grouped by field), space, network, filière, city, and a
// map-free geo filter "within N km of" a space or a town (the shared place picker). Every
// filter combines with the others and with the text. Lists sort with the interface language's
// collation (accents and case as a reader expects).
import { useEffect, useState } from 'react';
import { groupSkills } from '../../app/skillGroups.js';
import { useDebouncedValue } from '../../app/useDebouncedValue.js';
import { useNarrowScreen } from '../../app/useNarrowScreen.js';
import type { DirectoryFacetsData } from '../../graphql/documents.js';
import type { PlaceOption } from '../../graphql/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { SelectField, TextField } from '../../ui/Field.js';
import { PlacePicker } from '../../ui/PlacePicker.js';
import { DEFAULT_RADIUS, type DirectoryFilters, type FilterKey, RADIUS_CHOICES } from './directoryState.js';

interface FiltersPanelProps {
  facets: DirectoryFacetsData | undefined;
  filters: DirectoryFilters;
  /** The place `filters.near` names, once loaded. */
  place: PlaceOption | null;
  setFilter(key: FilterKey, value: string): void;
  clear(): void;
}

const TYPING_DELAY_MS = 250;

/** A text filter typed freely and written to the address once typing pauses. */
function useTypedFilter(
  filters: DirectoryFilters,
  key: FilterKey,
  setFilter: FiltersPanelProps['setFilter'],
) {
  const [text, setText] = useState(filters[key]);
  const settled = useDebouncedValue(text, TYPING_DELAY_MS);
  useEffect(() => {
    if (settled.trim() !== filters[key]) setFilter(key, settled.trim());
  }, [settled, key, setFilter, filters]);
  const applied = filters[key];
  useEffect(() => {
    // A cleared filter (the "clear" button, the back button) empties the box too. It depends on the
    // value, not on the filters object (new at every render): a render while typing keeps the text.
    if (applied === '') setText((current) => (current.trim() === '' ? current : ''));
  }, [applied]);
  return [text, setText] as const;
}

export function FiltersPanel({ facets, filters, place, setFilter, clear }: FiltersPanelProps) {
  const { t, language, number } = useI18n();
  const [city, setCity] = useTypedFilter(filters, 'city', setFilter);
  const [query, setQuery] = useTypedFilter(filters, 'q', setFilter);
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const spaces = [...(facets?.spaces ?? [])].sort((a, b) => collator.compare(a.name, b.name));
  const narrow = useNarrowScreen();
  const [open, setOpen] = useState(!narrow);

  return (
    <form className="filters" aria-labelledby="filters-title" onSubmit={(event) => event.preventDefault()}>
      <TextField
        label={t('directory.search')}
        hint={t('directory.searchHint')}
        name="q"
        type="search"
        value={query}
        onChange={setQuery}
        autoComplete="off"
      />
      {/* On a phone the other filters fold away so the first results show without scrolling. */}
      <details className="filters__more" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <h2 id="filters-title">{t('directory.filters')}</h2>
        </summary>
        <fieldset>
          <div className="field">
            <label htmlFor="filter-skill">{t('directory.skill')}</label>
            <select
              id="filter-skill"
              value={filters.skill}
              onChange={(event) => setFilter('skill', event.target.value)}
            >
              <option value="">{t('directory.any')}</option>
              {groupSkills(facets?.skills ?? [], language).map((group) => (
                <optgroup key={group.field.slug} label={group.field.label}>
                  <option value={group.field.slug}>{group.field.label}</option>
                  {group.skills.map((skill) => (
                    <option key={skill.slug} value={skill.slug}>
                      {skill.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <PlacePicker
            label={t('directory.near')}
            hint={t('places.hint')}
            value={place}
            onChange={(chosen) => setFilter('near', chosen?.key ?? '')}
          />
          {filters.near && (
            <SelectField
              label={t('directory.radius')}
              name="radius"
              value={filters.radius || DEFAULT_RADIUS}
              onChange={(value) => setFilter('radius', value)}
              options={RADIUS_CHOICES.map((km) => ({
                value: km,
                label: t('directory.radiusKm', { km: number(Number(km)) }),
              }))}
            />
          )}
          <SelectField
            label={t('directory.space')}
            name="space"
            value={filters.space}
            onChange={(value) => setFilter('space', value)}
            emptyLabel={t('directory.any')}
            options={spaces.map((space) => ({ value: space.slug, label: space.name }))}
          />
          <SelectField
            label={t('directory.filiere')}
            name="filiere"
            value={filters.filiere}
            onChange={(value) => setFilter('filiere', value)}
            emptyLabel={t('directory.any')}
            options={[...(facets?.filieres ?? [])]
              .sort((a, b) => collator.compare(a.label, b.label))
              .map((f) => ({ value: f.slug, label: f.label }))}
          />
          <SelectField
            label={t('directory.community')}
            name="community"
            value={filters.community}
            onChange={(value) => setFilter('community', value)}
            emptyLabel={t('directory.any')}
            options={[...(facets?.communities ?? [])]
              .sort((a, b) => collator.compare(a.name, b.name))
              .map((c) => ({ value: c.slug, label: c.name }))}
          />
          <TextField
            label={t('directory.city')}
            name="city"
            value={city}
            onChange={setCity}
            autoComplete="off"
          />
        </fieldset>
      </details>
      <button type="button" className="button button--quiet" onClick={clear}>
        {t('directory.clear')}
      </button>
    </form>
  );
}
