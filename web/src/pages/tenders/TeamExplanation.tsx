// Why a team was suggested, in the reader's language: the stored reasons (codes with their
// parameters, members and skills by id) rendered through the i18n messages, members by their
// name at read time (an erased member is "a former member"), skills by their label. The team
// summary first, one line per member, what nobody covers with the relaxation that would cover
// it, then the cost breakdown.
import type { TeamReasonData, TeamSuggestionData } from '../../graphql/productDocuments.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { Translator } from '../../i18n/translate.js';

type Names = Pick<TeamSuggestionData, 'named' | 'namedSkills'>;

const num = (value: unknown) => (typeof value === 'number' ? value : 0);
const str = (value: unknown) => (typeof value === 'string' ? value : '');
const ids = (value: unknown) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Renders one reason with the translator; member names and skill labels from the suggestion. */
export function reasonSentence(
  reason: TeamReasonData,
  names: Names,
  i18n: Pick<Translator, 't' | 'plural' | 'language'>,
): string {
  const { t, plural, language } = i18n;
  const quote = (title: string) => (language === 'fr' ? `« ${title} »` : `“${title}”`);
  const p = reason.params;
  const member = (id: string) => {
    const found = names.named.find((n) => n.memberId === id);
    if (!found || found.erased) return t('reason.formerMember');
    return found.member?.name ?? t('reason.hiddenMember');
  };
  const skill = (id: string) => names.namedSkills.find((s) => s.slug === id)?.label ?? id;
  const list = (items: string[]) =>
    items.length <= 1
      ? (items[0] ?? '')
      : `${items.slice(0, -1).join(', ')} ${t('reason.and')} ${items.at(-1)}`;
  switch (reason.code) {
    case 'replaces': {
      const newcomers = ids(p.newcomers).map(member);
      return t('reason.replaces', {
        leaving: member(str(p.leaving)),
        newcomers: newcomers.length > 0 ? list(newcomers) : t('reason.nobodyNew'),
      });
    }
    case 'team':
      if (num(p.size) === 0) return t('reason.nobodyCovers');
      return plural(p.complete === false ? 'reason.partialTeam' : 'reason.team', num(p.size));
    case 'fills': {
      const via = str(p.via);
      const base = {
        name: member(str(p.member)),
        skill: skill(str(p.skill)),
        level: num(p.level),
        minLevel: num(p.minLevel),
      };
      const sentence = via ? t('reason.fillsVia', { ...base, via: skill(via) }) : t('reason.fills', base);
      return num(p.years) > 0 ? `${sentence} ${plural('reason.years', num(p.years))}` : sentence;
    }
    case 'noSlot':
      return t('reason.noSlot', { name: member(str(p.member)) });
    case 'workedWith': {
      const projects = Array.isArray(p.projects)
        ? p.projects.map((x) => quote(str((x as { title?: unknown }).title)))
        : [];
      return t('reason.workedWith', {
        name: member(str(p.member)),
        mate: member(str(p.mate)),
        projects: list(projects),
      });
    }
    case 'sharesSpace':
      return t('reason.sharesSpace', {
        name: member(str(p.member)),
        space: str(p.spaceName),
        mates: list(ids(p.mates).map(member)),
      });
    case 'distance':
      return t('reason.distance', { name: member(str(p.member)), km: num(p.km) });
    case 'openBids':
      return plural('reason.openBids', num(p.count), { name: member(str(p.member)) });
    case 'availability':
      return t(p.availability === 'unavailable' ? 'reason.unavailable' : 'reason.limited', {
        name: member(str(p.member)),
      });
    case 'cost':
      return t('reason.cost', {
        cost: num(p.cost),
        pairs: num(p.pairs),
        together: num(p.together),
        availability: num(p.availability),
        distance: num(p.distance),
        load: num(p.load),
        score: num(p.score),
      });
    case 'uncovered': {
      const missing = plural('reason.uncovered', num(p.missing), {
        skill: skill(str(p.skill)),
        minLevel: num(p.minLevel),
        total: num(p.count),
      });
      const hints = [
        ...(typeof p.radiusKm === 'number' ? [t('reason.relaxRadius', { km: p.radiusKm })] : []),
        ...(typeof p.level === 'number' ? [t('reason.relaxLevel', { level: p.level })] : []),
      ];
      return [missing, ...(hints.length > 0 ? hints : [t('reason.noRelaxation')])].join(' ');
    }
    default:
      return '';
  }
}

const MEMBER_CODES = new Set([
  'fills',
  'noSlot',
  'workedWith',
  'sharesSpace',
  'distance',
  'openBids',
  'availability',
]);

export function TeamExplanation({
  team,
}: {
  team: Pick<TeamSuggestionData, 'reasons' | 'named' | 'namedSkills'>;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const say = (reason: TeamReasonData) => reasonSentence(reason, team, i18n);
  const summary = team.reasons.filter((r) => r.code === 'replaces' || r.code === 'team');
  const uncovered = team.reasons.filter((r) => r.code === 'uncovered');
  const cost = team.reasons.find((r) => r.code === 'cost');
  // One line per member: their reasons in order.
  const lines = new Map<string, string[]>();
  for (const reason of team.reasons) {
    if (!MEMBER_CODES.has(reason.code)) continue;
    const member = str(reason.params.member);
    lines.set(member, [...(lines.get(member) ?? []), say(reason)]);
  }
  return (
    <div className="team-explanation">
      {summary.map((reason) => (
        <p key={reason.code}>{say(reason)}</p>
      ))}
      <ul className="plain-list" aria-label={t('teams.why')}>
        {[...lines].map(([member, sentences]) => (
          <li key={member}>{sentences.join(' ')}</li>
        ))}
      </ul>
      {uncovered.length > 0 && (
        <div className="notice" role="note">
          <p>
            <strong>{t('teams.missing')}</strong>
          </p>
          <ul className="plain-list">
            {uncovered.map((reason) => (
              <li key={str(reason.params.skill)}>{say(reason)}</li>
            ))}
          </ul>
        </div>
      )}
      {cost && (
        <p>
          <strong>{t('teams.cost')}</strong> {say(cost)}
        </p>
      )}
    </div>
  );
}
