import type { Availability } from '../graphql/types.js';
import { useI18n } from '../i18n/I18nProvider.js';

export function AvailabilityBadge({ availability }: { availability: Availability }) {
  const { t } = useI18n();
  return <span className={`badge badge--${availability}`}>{t(`availability.${availability}`)}</span>;
}
