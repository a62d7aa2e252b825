// Why each skill was suggested for an imported lot (on its tender page): the phrase of the lot's
// text that names it (extractTenderSkills), otherwise the lot's CPV classification.
import { useQuery } from 'urql';
import {
  EXTRACT_TENDER_SKILLS,
  type ExtractTenderSkillsData,
  type TenderData,
} from '../../graphql/productDocuments.js';
import { useI18n } from '../../i18n/I18nProvider.js';

export function LotSkillReasons({ tender }: { tender: TenderData }) {
  const { t } = useI18n();
  const [found] = useQuery<ExtractTenderSkillsData>({
    query: EXTRACT_TENDER_SKILLS,
    variables: { text: `${tender.title}\n${tender.description}` },
  });
  if (tender.requirements.length === 0) return null;
  const phrases = new Map((found.data?.extractTenderSkills ?? []).map((c) => [c.skillId, c.because]));
  const cpv = tender.sourceNotice?.cpv.join(', ') ?? '';
  return (
    <ul className="plain-list" aria-label={t('notice.skillsFound', { title: tender.title })}>
      {tender.requirements.map((r) => {
        const phrase = phrases.get(r.skillId);
        return (
          <li key={r.skillId}>
            <strong>{r.skill?.label ?? r.skillId}</strong> —{' '}
            {phrase ? t('tenders.because', { phrase }) : t('notice.fromCpv', { codes: cpv })}
          </li>
        );
      })}
    </ul>
  );
}
