// What a tender asks for at a glance: lot, deadline, place, value, radius and requirements.
import type { TenderData } from '../../graphql/productDocuments.js';
import { useI18n } from '../../i18n/I18nProvider.js';

export function TenderFacts({ tender }: { tender: TenderData }) {
  const { t, date, number } = useI18n();
  const place = tender.sourceNotice?.placeName ?? tender.sourceNotice?.nuts ?? null;
  return (
    <dl className="card__meta tender-facts">
      {tender.lot && (
        <>
          <dt>{t('tenders.lot')}</dt>
          <dd>{tender.lot}</dd>
        </>
      )}
      <dt>{t('tenders.deadline')}</dt>
      <dd>{tender.deadline ? date(tender.deadline) : t('tenders.none')}</dd>
      {place && (
        <>
          <dt>{t('tenders.place')}</dt>
          <dd>{place}</dd>
        </>
      )}
      {tender.budget !== null && (
        <>
          <dt>{t('tenders.value')}</dt>
          <dd>
            {number(tender.budget, {
              style: 'currency',
              currency: tender.currency ?? 'EUR',
              maximumFractionDigits: 0,
            })}
          </dd>
        </>
      )}
      {tender.radiusKm !== null && (
        <>
          <dt>{t('tenders.radius')}</dt>
          <dd>{t('directory.radiusKm', { km: tender.radiusKm })}</dd>
        </>
      )}
      <dt>{t('tenders.requirements')}</dt>
      <dd>
        {tender.requirements.length === 0 ? (
          t('tenders.noRequirements')
        ) : (
          <ul className="tags">
            {tender.requirements.map((r) => (
              <li key={r.skillId} className="tag">
                {t('tenders.requirement', {
                  count: r.count,
                  name: r.skill?.label ?? r.skillId,
                  level: r.minLevel,
                })}
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}
