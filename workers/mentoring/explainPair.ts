// Human-readable reasons of a mentor-mentee pair score, one line per factor,
// in English with taxonomy labels (the UI shows them as they are).
import type { Taxonomy } from '../../domain/taxonomy.js';
import type { PairReason } from '../matching/mentorAssignment/index.js';

const MATCH_WORDS = {
  exact: 'the same skill',
  broader: 'a broader skill',
  narrower: 'a more specific skill',
  related: 'a related skill',
} as const;

export function explainPairReasons(reasons: readonly PairReason[], taxonomy: Taxonomy): string[] {
  const label = (skill: string) => (taxonomy.has(skill) ? taxonomy.label(skill, 'en') : skill);
  return reasons.map((reason) => explainReason(reason, label));
}

function explainReason(reason: PairReason, label: (skill: string) => string): string {
  switch (reason.factor) {
    case 'skill':
      return `Wants ${label(reason.wanted)}: the mentor offers ${label(reason.offered)} (${MATCH_WORDS[reason.match]})`;
    case 'level':
      return `The mentor is ${reason.gap} level(s) ahead on average`;
    case 'language':
      return `Shared language: ${reason.shared.join(', ')}`;
    case 'filiere':
      return reason.shared.length > 0 ? `Same filière: ${reason.shared.join(', ')}` : 'No shared filière';
    case 'distance':
      return reason.km === null ? 'Distance unknown' : `${reason.km} km apart`;
    case 'feedback':
      return reason.average === null
        ? 'No feedback from past mentees yet'
        : `Past mentees rated the mentor ${reason.average}/5 (${reason.count})`;
    case 'blocked':
      return `Not possible: ${reason.cause}`;
  }
}
