import { type Availability, messageKeyOf } from '../graphql/types.js';
import { useI18n } from '../i18n/I18nProvider.js';

export function AvailabilityBadge({ availability }: { availability: Availability }) {
  const { t } = useI18n();
  const key = messageKeyOf(availability);
  return <span className={`badge badge--${key}`}>{t(`availability.${key}`)}</span>;
}
