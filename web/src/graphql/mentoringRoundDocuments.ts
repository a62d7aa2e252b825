// Documents of the conseiller's mentoring round screen: start a round, run its next pass,
// read its proposed pairs (scores, reasons, each side's answer) and its unmatched mentees.

const ROUND_JOB = 'id status passes jobId';

export const START_MENTORING_ROUND = `
  mutation StartMentoringRound {
    startMentoringRound { ${ROUND_JOB} }
  }
`;
export interface StartMentoringRoundData {
  startMentoringRound: RoundJob;
}

export const REMATCH_MENTORING_ROUND = `
  mutation RematchMentoringRound($id: ID!) {
    rematchMentoringRound(id: $id) { ${ROUND_JOB} }
  }
`;
export interface RematchMentoringRoundData {
  rematchMentoringRound: RoundJob;
}

export interface RoundJob {
  id: string;
  status: string;
  passes: number;
  jobId: string | null;
}

export const MENTORING_ROUND = `
  query MentoringRound($id: ID!) {
    mentoringRound(id: $id) {
      ${ROUND_JOB}
      mentorships {
        id status mentorId menteeId mentorAccepted menteeAccepted score reasons
        mentor { id name handle }
        mentee { id name handle }
      }
      unmatched { menteeId reason mentee { id name handle } }
    }
  }
`;

export interface RoundMember {
  id: string;
  name: string;
  handle: string;
}

export interface RoundPair {
  id: string;
  status: string;
  mentorId: string;
  menteeId: string;
  mentorAccepted: boolean | null;
  menteeAccepted: boolean | null;
  score: number | null;
  reasons: string[];
  mentor: RoundMember | null;
  mentee: RoundMember | null;
}

export type UnmatchedReason =
  | 'no shared language'
  | 'no mentor for that skill'
  | 'too far for an in-person meeting'
  | 'no mentor for that way of meeting'
  | 'every possible mentor declined'
  | 'capacity exhausted';

export interface MentoringRoundData {
  mentoringRound: RoundJob & {
    mentorships: RoundPair[];
    unmatched: { menteeId: string; reason: UnmatchedReason; mentee: RoundMember | null }[];
  };
}
