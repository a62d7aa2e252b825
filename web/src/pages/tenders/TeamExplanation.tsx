// A team's explanation as the solver wrote it (in English, marked so): one line per member
// saying what they fill and why, then the cost breakdown line.
import { useI18n } from '../../i18n/I18nProvider.js';

export function splitExplanation(text: string): {
  summary: string[];
  members: string[];
  cost: string | null;
} {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const members = lines.filter((line) => line.startsWith('- ')).map((line) => line.slice(2));
  const others = lines.filter((line) => !line.startsWith('- '));
  const costIndex = others.findIndex((line) => line.startsWith('Communication cost'));
  const cost = costIndex >= 0 ? (others[costIndex] ?? null) : null;
  return { summary: others.filter((_, i) => i !== costIndex), members, cost };
}

export function TeamExplanation({ text }: { text: string }) {
  const { t } = useI18n();
  const { summary, members, cost } = splitExplanation(text);
  return (
    <div lang="en">
      {summary.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <ul className="plain-list team-explanation" aria-label={t('teams.why')}>
        {members.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {cost && (
        <p>
          <strong lang={undefined}>{t('teams.cost')}</strong> {cost}
        </p>
      )}
    </div>
  );
}
