// Why a mentor and a mentee were paired, as the reader sees it: each of the
// scorer's structured reasons as a code with its parameters (skill slugs,
// languages, filières, a number) and its sentence in the reader's language,
// with taxonomy and filière labels instead of slugs. Mentorships proposed
// before reasons were structured hold English lines, returned as they are.
import type { UiLanguage } from '../../domain/entities/common.js';
import type { PairReason } from '../../workers/matching/mentorAssignment/index.js';
import { readReasons, renderPairReasons } from '../../workers/mentoring/explainPair.js';
import type { UseCaseContext } from '../useCaseContext.js';

export interface MentorReasonView {
  /** skill.exact|broader|narrower|related, level, language, filiere, filiere.none, distance, distance.unknown, feedback, feedback.none, blocked.<cause> */
  code: string;
  /** The reason in the reader's language. */
  text: string;
  /** The skill wanted, then the skill offered (skill reasons). */
  skills: string[];
  languages: string[];
  filieres: string[];
  /** Levels ahead (level), kilometres (distance) or average rating out of 5 (feedback). */
  value: number | null;
  /** Ratings the average is made of (feedback). */
  count: number | null;
}

export interface MentorshipReasons {
  details: MentorReasonView[];
  /** English lines of a proposal made before reasons were structured. */
  legacy: string[];
}

function reasonCode(reason: PairReason): string {
  switch (reason.factor) {
    case 'skill':
      return `skill.${reason.match}`;
    case 'filiere':
      return reason.shared.length > 0 ? 'filiere' : 'filiere.none';
    case 'distance':
      return reason.km === null ? 'distance.unknown' : 'distance';
    case 'feedback':
      return reason.average === null ? 'feedback.none' : 'feedback';
    case 'blocked':
      return `blocked.${reason.cause}`;
    default:
      return reason.factor;
  }
}

function reasonValue(reason: PairReason): number | null {
  switch (reason.factor) {
    case 'level':
      return reason.gap;
    case 'distance':
      return reason.km;
    case 'feedback':
      return reason.average;
    default:
      return null;
  }
}

/** The reasons in the reader's language, in order. */
export async function explainReasons(
  context: UseCaseContext,
  reasons: readonly PairReason[],
  language: UiLanguage,
): Promise<MentorReasonView[]> {
  const { taxonomy, repositories } = context.services;
  const named = new Set(reasons.flatMap((r) => (r.factor === 'filiere' ? r.shared : [])));
  const filiereLabels = new Map(
    named.size === 0
      ? []
      : (await repositories.filieres.list())
          .filter((f) => named.has(f.id))
          .map((f) => [f.id, f.labels[language]]),
  );
  const texts = renderPairReasons(
    reasons,
    {
      skill: (id) => (taxonomy.has(id) ? taxonomy.label(id, language) : id),
      filiere: (id) => filiereLabels.get(id) ?? id,
    },
    language,
  );
  return reasons.map((reason, i) => ({
    code: reasonCode(reason),
    text: texts[i]!,
    skills: reason.factor === 'skill' ? [reason.wanted, reason.offered] : [],
    languages: reason.factor === 'language' ? reason.shared : [],
    filieres: reason.factor === 'filiere' ? reason.shared : [],
    value: reasonValue(reason),
    count: reason.factor === 'feedback' ? reason.count : null,
  }));
}

/** The reasons stored on a mentorship (its `explanation`), in the reader's language. */
export async function explainMentorship(
  context: UseCaseContext,
  explanation: string | null,
  language: UiLanguage,
): Promise<MentorshipReasons> {
  const { reasons, legacy } = readReasons(explanation);
  return { details: await explainReasons(context, reasons, language), legacy };
}
