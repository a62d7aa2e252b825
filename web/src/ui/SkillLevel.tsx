// A skill level 1..5 as five dots, with the level spelled out for screen readers.
import { useI18n } from '../i18n/I18nProvider.js';

export function SkillLevel({ level }: { level: number }) {
  const { t } = useI18n();
  return (
    <span className="level" role="img" aria-label={t('member.level', { level })}>
      {[1, 2, 3, 4, 5].map((step) => (
        <span key={step} className={step <= level ? 'level__dot level__dot--on' : 'level__dot'} />
      ))}
    </span>
  );
}
