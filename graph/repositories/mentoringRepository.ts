// The mentoring product in the graph: requests and offers (one of each per
// member, keyed by the member id), matching rounds, and mentorships from their
// proposal to their end. Accepting both sides of a proposal makes it active and
// adds the (mentor)-[:MENTORS]->(mentee) edge, created after checking it is
// missing (never MERGE of a relationship on Kùzu, see graph/kuzu headers).
import { randomUUID } from 'node:crypto';
import type { MentoringRound } from '../../domain/entities/mentoringRound.js';
import type { MentorOffer, MentorOfferStatus } from '../../domain/entities/mentorOffer.js';
import type { MentorRequest, MentorRequestStatus } from '../../domain/entities/mentorRequest.js';
import type { MentorshipRecord } from '../../domain/entities/mentorship.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import type { GraphQueryRunner, GraphStore } from '../graphStore.js';
import {
  MENTOR_OFFER_PROPERTIES,
  MENTOR_REQUEST_PROPERTIES,
  MENTORING_ROUND_PROPERTIES,
  MENTORSHIP_RECORD_PROPERTIES,
  mentoringRoundFromRow,
  mentoringRoundToProperties,
  mentorOfferFromRow,
  mentorOfferToProperties,
  mentorRequestFromRow,
  mentorRequestToProperties,
  mentorshipRecordFromRow,
  mentorshipRecordToProperties,
} from '../properties/mentoringProperties.js';
import { projection } from '../properties/projection.js';
import type { Properties } from '../properties/rowValues.js';
import { numeric, text } from '../properties/rowValues.js';

const REQUEST_COLUMNS = projection('r', MENTOR_REQUEST_PROPERTIES);
const OFFER_COLUMNS = projection('o', MENTOR_OFFER_PROPERTIES);
const ROUND_COLUMNS = projection('x', MENTORING_ROUND_PROPERTIES);
const MENTORSHIP_COLUMNS = projection('s', MENTORSHIP_RECORD_PROPERTIES);

/** `{a: $a, b: $b}` from fixed property names (never from input). */
function propertyMap(names: readonly string[]): string {
  return `{${names.map((name) => `${name}: $${name}`).join(', ')}}`;
}

/** `v.a = $a, v.b = $b` for every name but the key. */
function assignments(variable: string, names: readonly string[], key: string): string {
  return names
    .filter((name) => name !== key)
    .map((name) => `${variable}.${name} = $${name}`)
    .join(', ');
}

/** Which side of a mentorship is answering. */
export type MentorshipSide = 'mentor' | 'mentee';

/** A proposal to create: the status is `proposed`, answers start unset unless given. */
export interface MentorshipProposal {
  mentorId: string;
  menteeId: string;
  roundId: string | null;
  score: number;
  explanation: string;
  mentorAccepted?: boolean;
  menteeAccepted?: boolean;
}

export class MentoringRepository {
  constructor(private readonly store: GraphStore) {}

  async getRequest(memberId: string): Promise<MentorRequest | null> {
    const rows = await this.store.read(
      `MATCH (r:MentorRequest {memberId: $memberId}) RETURN ${REQUEST_COLUMNS}`,
      { memberId },
    );
    return rows[0] ? mentorRequestFromRow(rows[0]) : null;
  }

  /** Creates or replaces the member's request (createdAt of an existing one is kept). */
  putRequest(request: MentorRequest): Promise<MentorRequest> {
    return this.put('MentorRequest', MENTOR_REQUEST_PROPERTIES, mentorRequestToProperties(request)).then(() =>
      this.getRequest(request.memberId).then((r) => r!),
    );
  }

  async setRequestStatus(memberId: string, status: MentorRequestStatus, at: number): Promise<boolean> {
    const rows = await this.store.write(
      'MATCH (r:MentorRequest {memberId: $memberId}) SET r.status = $status, r.updatedAt = $at RETURN r.memberId AS id',
      { memberId, status, at },
    );
    return rows.length > 0;
  }

  async openRequests(): Promise<MentorRequest[]> {
    const rows = await this.store.read(
      `MATCH (r:MentorRequest) WHERE r.status = 'open' RETURN ${REQUEST_COLUMNS} ORDER BY memberId`,
    );
    return rows.map(mentorRequestFromRow);
  }

  async getOffer(memberId: string): Promise<MentorOffer | null> {
    const rows = await this.store.read(
      `MATCH (o:MentorOffer {memberId: $memberId}) RETURN ${OFFER_COLUMNS}`,
      {
        memberId,
      },
    );
    return rows[0] ? mentorOfferFromRow(rows[0]) : null;
  }

  putOffer(offer: MentorOffer): Promise<MentorOffer> {
    return this.put('MentorOffer', MENTOR_OFFER_PROPERTIES, mentorOfferToProperties(offer)).then(() =>
      this.getOffer(offer.memberId).then((o) => o!),
    );
  }

  async setOfferStatus(memberId: string, status: MentorOfferStatus, at: number): Promise<boolean> {
    const rows = await this.store.write(
      'MATCH (o:MentorOffer {memberId: $memberId}) SET o.status = $status, o.updatedAt = $at RETURN o.memberId AS id',
      { memberId, status, at },
    );
    return rows.length > 0;
  }

  async openOffers(): Promise<MentorOffer[]> {
    const rows = await this.store.read(
      `MATCH (o:MentorOffer) WHERE o.status = 'open' RETURN ${OFFER_COLUMNS} ORDER BY memberId`,
    );
    return rows.map(mentorOfferFromRow);
  }

  async mentorship(id: string): Promise<MentorshipRecord | null> {
    const rows = await this.store.read(`MATCH (s:Mentorship {id: $id}) RETURN ${MENTORSHIP_COLUMNS}`, { id });
    return rows[0] ? mentorshipRecordFromRow(rows[0]) : null;
  }

  /** The member's mentorships on either side, newest first. */
  async mentorshipsOf(memberId: string): Promise<MentorshipRecord[]> {
    const rows = await this.store.read(
      `MATCH (s:Mentorship) WHERE s.mentorId = $memberId OR s.menteeId = $memberId RETURN ${MENTORSHIP_COLUMNS} ORDER BY proposedAt DESC, id`,
      { memberId },
    );
    return rows.map(mentorshipRecordFromRow);
  }

  async mentorshipsOfRound(roundId: string): Promise<MentorshipRecord[]> {
    const rows = await this.store.read(
      `MATCH (s:Mentorship) WHERE s.roundId = $roundId RETURN ${MENTORSHIP_COLUMNS} ORDER BY id`,
      { roundId },
    );
    return rows.map(mentorshipRecordFromRow);
  }

  /** Proposed (whatever the answers so far) and active mentorships: they hold a mentor's place. */
  async liveMentorships(): Promise<MentorshipRecord[]> {
    const rows = await this.store.read(
      `MATCH (s:Mentorship) WHERE s.status = 'proposed' OR s.status = 'active' RETURN ${MENTORSHIP_COLUMNS} ORDER BY id`,
    );
    return rows.map(mentorshipRecordFromRow);
  }

  /** Feedback (1..5) mentees left on ended mentorships, by mentor. */
  async feedbackByMentor(): Promise<Map<string, number[]>> {
    const rows = await this.store.read(
      "MATCH (s:Mentorship) WHERE s.status = 'ended' AND s.feedback IS NOT NULL RETURN s.mentorId AS mentor, s.feedback AS feedback ORDER BY s.id",
    );
    const out = new Map<string, number[]>();
    for (const row of rows) {
      const list = out.get(text(row, 'mentor')) ?? [];
      list.push(numeric(row, 'feedback'));
      out.set(text(row, 'mentor'), list);
    }
    return out;
  }

  /** Creates the proposals, all or none. */
  async propose(proposals: readonly MentorshipProposal[], at: number): Promise<MentorshipRecord[]> {
    const records = proposals.map(
      (p): MentorshipRecord => ({
        id: newId('mnt'),
        mentorId: p.mentorId,
        menteeId: p.menteeId,
        status: 'proposed',
        startedAt: null,
        endedAt: null,
        feedback: null,
        roundId: p.roundId,
        mentorAccepted: p.mentorAccepted ?? null,
        menteeAccepted: p.menteeAccepted ?? null,
        score: p.score,
        explanation: p.explanation,
        proposedAt: at,
      }),
    );
    if (records.length === 0) return [];
    await this.store.transaction(async (tx) => {
      for (const record of records) {
        await tx.run(
          `CREATE (:Mentorship ${propertyMap(MENTORSHIP_RECORD_PROPERTIES)})`,
          mentorshipRecordToProperties(record),
        );
      }
    });
    return records;
  }

  /**
   * One side answers a proposal. A decline ends it (`declined`); the second
   * acceptance makes it `active` with a MENTORS edge and marks the mentee's request matched.
   */
  answer(id: string, memberId: string, accept: boolean, at: number): Promise<MentorshipRecord> {
    return this.store.transaction(async (tx) => {
      const record = await readMentorship(tx, id);
      const side = sideOf(record, memberId);
      if (record.status !== 'proposed') {
        throw new ConflictError(`This mentorship is ${record.status}: only a proposal can be answered`);
      }
      const mentorAccepted = side === 'mentor' ? accept : record.mentorAccepted;
      const menteeAccepted = side === 'mentee' ? accept : record.menteeAccepted;
      const status = !accept ? 'declined' : mentorAccepted && menteeAccepted ? 'active' : 'proposed';
      const next: MentorshipRecord = {
        ...record,
        mentorAccepted,
        menteeAccepted,
        status,
        startedAt: status === 'active' ? at : record.startedAt,
      };
      await tx.run(
        'MATCH (s:Mentorship {id: $id}) SET s.mentorAccepted = $mentorAccepted, s.menteeAccepted = $menteeAccepted, s.status = $status, s.startedAt = $startedAt',
        { id, mentorAccepted, menteeAccepted, status, startedAt: next.startedAt },
      );
      if (status === 'active') {
        await linkMentor(tx, record.mentorId, record.menteeId);
        await tx.run(
          "MATCH (r:MentorRequest {memberId: $menteeId}) SET r.status = 'matched', r.updatedAt = $at",
          { menteeId: record.menteeId, at },
        );
      }
      return next;
    });
  }

  /** Ends an active mentorship; only the mentee leaves feedback. The MENTORS edge stays (past mentoring). */
  end(id: string, memberId: string, feedback: number | null, at: number): Promise<MentorshipRecord> {
    return this.store.transaction(async (tx) => {
      const record = await readMentorship(tx, id);
      const side = sideOf(record, memberId);
      if (record.status !== 'active') {
        throw new ConflictError(`This mentorship is ${record.status}: only an active mentorship can end`);
      }
      if (feedback !== null && side !== 'mentee') {
        throw new ForbiddenError('Only the mentee leaves feedback on a mentorship');
      }
      await tx.run(
        'MATCH (s:Mentorship {id: $id}) SET s.status = $status, s.endedAt = $at, s.feedback = $feedback',
        {
          id,
          status: 'ended',
          at,
          feedback,
        },
      );
      return { ...record, status: 'ended', endedAt: at, feedback };
    });
  }

  async createRound(round: Omit<MentoringRound, 'id'>): Promise<MentoringRound> {
    const created: MentoringRound = { id: `mround_${randomUUID().replaceAll('-', '')}`, ...round };
    await this.store.write(
      `CREATE (:MentoringRound ${propertyMap(MENTORING_ROUND_PROPERTIES)})`,
      mentoringRoundToProperties(created),
    );
    return created;
  }

  async getRound(id: string): Promise<MentoringRound | null> {
    const rows = await this.store.read(`MATCH (x:MentoringRound {id: $id}) RETURN ${ROUND_COLUMNS}`, { id });
    return rows[0] ? mentoringRoundFromRow(rows[0]) : null;
  }

  /** Records a finished pass (status, count, unmatched); leaves the job id to `setRoundJob`. */
  async recordPass(round: MentoringRound): Promise<void> {
    await this.store.write(
      'MATCH (x:MentoringRound {id: $id}) SET x.status = $status, x.passes = $passes, x.unmatched = $unmatched, x.updatedAt = $updatedAt',
      {
        id: round.id,
        status: round.status,
        passes: round.passes,
        unmatched: JSON.stringify(round.unmatched),
        updatedAt: round.updatedAt,
      },
    );
  }

  /** The job running the round's next pass. */
  async setRoundJob(id: string, jobId: string, at: number): Promise<void> {
    await this.store.write(
      "MATCH (x:MentoringRound {id: $id}) SET x.jobId = $jobId, x.status = 'queued', x.updatedAt = $at",
      { id, jobId, at },
    );
  }

  /** Ids of each member's filières (IN_FILIERE), for scores and conseiller scopes. */
  async filiereIds(memberIds: readonly string[]): Promise<string[][]> {
    const rows = await this.store.readByKeys(
      'MATCH (m:Member {id: $key})-[:IN_FILIERE]->(f:Filiere) RETURN f.id AS id ORDER BY f.id',
      memberIds,
    );
    return rows.map((list) => list.map((row) => text(row, 'id')));
  }

  /** True when the MENTORS edge exists. */
  async mentorsEdge(mentorId: string, menteeId: string): Promise<boolean> {
    const rows = await this.store.read(
      'MATCH (a:Member {id: $mentorId})-[:MENTORS]->(b:Member {id: $menteeId}) RETURN count(*) AS n',
      { mentorId, menteeId },
    );
    return numeric(rows[0]!, 'n') > 0;
  }

  /** Create or replace a node keyed by `memberId`, keeping the first createdAt. */
  private put(label: string, names: readonly string[], properties: Properties): Promise<void> {
    return this.store.transaction(async (tx) => {
      const found = await tx.run<{ createdAt: number }>(
        `MATCH (n:${label} {memberId: $memberId}) RETURN n.createdAt AS createdAt`,
        { memberId: properties.memberId },
      );
      if (found[0]) {
        const kept = names.filter((name) => name !== 'createdAt');
        await tx.run(`MATCH (n:${label} {memberId: $memberId}) SET ${assignments('n', kept, 'memberId')}`, {
          ...Object.fromEntries(kept.map((name) => [name, properties[name] ?? null])),
        });
      } else {
        await tx.run(`CREATE (:${label} ${propertyMap(names)})`, properties);
      }
    });
  }
}

async function readMentorship(tx: GraphQueryRunner, id: string): Promise<MentorshipRecord> {
  const rows = await tx.run(`MATCH (s:Mentorship {id: $id}) RETURN ${MENTORSHIP_COLUMNS}`, { id });
  if (!rows[0]) throw new NotFoundError('Mentorship', id);
  return mentorshipRecordFromRow(rows[0]);
}

function sideOf(record: MentorshipRecord, memberId: string): MentorshipSide {
  if (record.mentorId === memberId) return 'mentor';
  if (record.menteeId === memberId) return 'mentee';
  throw new ForbiddenError('Only the mentor and the mentee act on their mentorship');
}

async function linkMentor(tx: GraphQueryRunner, mentorId: string, menteeId: string): Promise<void> {
  const params = { mentorId, menteeId };
  const found = await tx.run<{ n: number }>(
    'MATCH (a:Member {id: $mentorId})-[:MENTORS]->(b:Member {id: $menteeId}) RETURN count(*) AS n',
    params,
  );
  if ((found[0]?.n ?? 0) > 0) return;
  await tx.run(
    'MATCH (a:Member {id: $mentorId}) MATCH (b:Member {id: $menteeId}) CREATE (a)-[:MENTORS]->(b)',
    params,
  );
}
