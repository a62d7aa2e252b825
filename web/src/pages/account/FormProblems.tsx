import type { FieldProblems } from '../../graphql/fieldProblems.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** The form-level summary: announced at once, naming what to fix. */
export function FormProblems({ problems }: { problems: FieldProblems }) {
  const { t } = useI18n();
  const fieldCount = Object.keys(problems.byField).length;
  if (fieldCount === 0 && problems.general.length === 0) return null;
  return (
    <div className="notice notice--error" role="alert">
      {problems.general.map((message) => (
        <p key={message}>{message}</p>
      ))}
      {fieldCount > 0 && <p>{t('auth.fixErrors')}</p>}
    </div>
  );
}
