// Change a tender's requirements (and its search radius, when it has a place) from its page, then
// propose teams again: the way out of a partial team when the one-click relaxations are not enough.
import { useState } from 'react';
import { useQuery } from 'urql';
import {
  PRODUCT_REFERENCE,
  type ProductReferenceData,
  type TenderPageData,
} from '../../graphql/productDocuments.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { SelectField } from '../../ui/Field.js';
import { type RequirementDraft, RequirementsEditor } from './RequirementsEditor.js';

const RADII = [20, 50, 80, 150, 300, 500, 1000];

type TenderView = NonNullable<TenderPageData['tender']>;

function drafts(tender: TenderView): RequirementDraft[] {
  return tender.requirements.map((r) => ({
    slug: r.skillId,
    label: r.skill?.label ?? r.skillId,
    minLevel: r.minLevel,
    count: r.count,
  }));
}

interface TenderRerunProps {
  tender: TenderView;
  busy: boolean;
  onSave(input: Record<string, unknown>): void;
}

export function TenderRerun({ tender, busy, onSave }: TenderRerunProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reference] = useQuery<ProductReferenceData>({ query: PRODUCT_REFERENCE, pause: !open });
  const [requirements, setRequirements] = useState<RequirementDraft[]>(() => drafts(tender));
  const [radius, setRadius] = useState(String(tender.radiusKm ?? 80));
  const radii = [...new Set([...RADII, Number(radius)])].sort((a, b) => a - b);
  return (
    <details
      className="section"
      open={open}
      onToggle={(event) => {
        const opened = (event.target as HTMLDetailsElement).open;
        if (opened) {
          setRequirements(drafts(tender));
          setRadius(String(tender.radiusKm ?? 80));
        }
        setOpen(opened);
      }}
    >
      <summary>{t('teams.edit')}</summary>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          onSave({
            requirements: requirements.map((r) => ({ skill: r.slug, minLevel: r.minLevel, count: r.count })),
            ...(tender.location ? { radiusKm: Number(radius) } : {}),
          });
        }}
      >
        {tender.location && (
          <SelectField
            label={t('teams.radius')}
            value={radius}
            onChange={setRadius}
            options={radii.map((km) => ({ value: String(km), label: t('directory.radiusKm', { km }) }))}
          />
        )}
        <RequirementsEditor
          options={reference.data?.skills ?? []}
          value={requirements}
          onChange={setRequirements}
        />
        <div className="toolbar">
          <button type="submit" className="button" disabled={busy || requirements.length === 0}>
            {t('teams.saveAndRun')}
          </button>
        </div>
      </form>
    </details>
  );
}
