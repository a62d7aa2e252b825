// What a tender asks for at a glance: status (expired in words), lot, buyer, deadline, place (or
// "whole network" said plainly), value, radius and requirements.
import type { TenderCardData } from '../../graphql/productDocuments.js';
import { useI18n } from '../../i18n/I18nProvider.js';

export function TenderFacts({ tender }: { tender: TenderCardData }) {
  const { t, date, number } = useI18n();
  const closed = tender.expired || tender.status === 'CLOSED';
  return (
    <dl className="card__meta tender-facts">
      {closed && (
        <>
          <dt>{t('tenders.status')}</dt>
          <dd>
            <span className="tag tag--closed">
              {t(tender.expired ? 'tenders.expired' : 'tenders.closed')}
            </span>
          </dd>
        </>
      )}
      {tender.buyer && (
        <>
          <dt>{t('tenders.buyer')}</dt>
          <dd>{tender.buyer}</dd>
        </>
      )}
      {tender.lot && (
        <>
          <dt>{t('tenders.lot')}</dt>
          <dd>{tender.lot}</dd>
        </>
      )}
      <dt>{t('tenders.deadline')}</dt>
      <dd>{tender.deadline ? date(tender.deadline) : t('tenders.none')}</dd>
      <dt>{t('tenders.place')}</dt>
      <dd>{tender.networkWide ? t('tenders.networkWide') : (tender.placeName ?? t('tenders.none'))}</dd>
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
