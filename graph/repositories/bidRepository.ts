// Bids: a team formed for a tender. (Member)-[:IN_BID {role, status}]->(Bid)-[:FOR]->(Tender):
// `role` is the requirement's skill the member fills (or "lead"), `status` the
// invitation's (invited, accepted, declined, withdrawn). Relationships are
// written with CREATE after an existence check, never MERGE (see graph/kuzu).
// When a bid ends (won or lost), its accepted members' COLLABORATED_WITH edges
// gain 1 per pair (stored once per pair, from the smaller id to the larger), in
// the same transaction as the status change.
import type { Bid, INVITATION_STATUSES, InBid } from '../../domain/entities/bid.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../domain/errors.js';
import type { GraphQueryRunner, GraphStore } from '../graphStore.js';
import { BID_PROPERTIES, bidFromRow, bidToProperties, inBidFromRow } from '../properties/bidProperties.js';
import { projection } from '../properties/projection.js';
import { numeric, text } from '../properties/rowValues.js';

export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** Bid statuses in which a member's place in the team still counts (their "open bid load"). */
export const OPEN_BID_STATUSES: readonly Bid['status'][] = ['draft', 'inviting', 'formed', 'submitted'];

export interface NewTeamMember {
  member: string;
  role: string;
  status: InvitationStatus;
}

const BID_COLUMNS = `${projection('b', BID_PROPERTIES)}, t.id AS tenderId`;
const IN_BID_COLUMNS = 'm.id AS member, b.id AS bid, r.role AS role, r.status AS status';

export class BidRepository {
  constructor(private readonly store: GraphStore) {}

  async get(id: string): Promise<Bid | null> {
    const rows = await this.store.read(`MATCH (b:Bid {id: $id})-[:FOR]->(t:Tender) RETURN ${BID_COLUMNS}`, {
      id,
    });
    return rows[0] ? bidFromRow(rows[0]) : null;
  }

  async require(id: string): Promise<Bid> {
    const bid = await this.get(id);
    if (!bid) throw new NotFoundError('bid', id);
    return bid;
  }

  /** The bid's team, lead first, then by member id. */
  async team(bidId: string): Promise<InBid[]> {
    const rows = await this.store.read(
      `MATCH (m:Member)-[r:IN_BID]->(b:Bid {id: $id}) RETURN ${IN_BID_COLUMNS} ORDER BY m.id`,
      { id: bidId },
    );
    const team = rows.map(inBidFromRow);
    return [...team.filter((t) => t.role === 'lead'), ...team.filter((t) => t.role !== 'lead')];
  }

  async membership(bidId: string, memberId: string): Promise<InBid | null> {
    const rows = await this.store.read(
      `MATCH (m:Member {id: $member})-[r:IN_BID]->(b:Bid {id: $bid}) RETURN ${IN_BID_COLUMNS}`,
      { bid: bidId, member: memberId },
    );
    return rows[0] ? inBidFromRow(rows[0]) : null;
  }

  /** Bids of a tender, newest first. */
  async forTender(tenderId: string): Promise<Bid[]> {
    const rows = await this.store.read(
      `MATCH (b:Bid)-[:FOR]->(t:Tender {id: $id}) RETURN ${BID_COLUMNS} ORDER BY b.createdAt DESC, b.id`,
      { id: tenderId },
    );
    return rows.map(bidFromRow);
  }

  /** The bids a member is in (any invitation status), newest first. */
  async ofMember(memberId: string): Promise<{ bid: Bid; membership: InBid }[]> {
    const rows = await this.store.read(
      `MATCH (m:Member {id: $id})-[r:IN_BID]->(b:Bid)-[:FOR]->(t:Tender) RETURN ${BID_COLUMNS}, ` +
        'm.id AS member, b.id AS bid, r.role AS role, r.status AS inBidStatus ORDER BY b.createdAt DESC, b.id',
      { id: memberId },
    );
    return rows.map((row) => ({
      bid: bidFromRow(row),
      membership: inBidFromRow({ ...row, status: row.inBidStatus }),
    }));
  }

  /** Every member's role in every bid for the tender, by bid then member (a replacement finds its team's slots here). */
  async rolesForTender(tenderId: string): Promise<{ bid: string; member: string; role: string }[]> {
    const rows = await this.store.read(
      'MATCH (m:Member)-[r:IN_BID]->(b:Bid)-[:FOR]->(:Tender {id: $tender}) ' +
        'RETURN b.id AS bid, m.id AS member, r.role AS role ORDER BY bid, member',
      { tender: tenderId },
    );
    return rows.map((row) => ({
      bid: text(row, 'bid'),
      member: text(row, 'member'),
      role: text(row, 'role'),
    }));
  }

  /** How many open bids each member is invited to or accepted in (members with none are absent). */
  async openBidLoad(): Promise<Map<string, number>> {
    const rows = await this.store.read(
      'MATCH (m:Member)-[r:IN_BID]->(b:Bid) WHERE b.status IN $open AND r.status IN $active ' +
        'RETURN m.id AS id, count(*) AS bids',
      { open: [...OPEN_BID_STATUSES], active: ['invited', 'accepted'] },
    );
    return new Map(rows.map((row) => [text(row, 'id'), numeric(row, 'bids')]));
  }

  /** Creates the bid for its tender with a first team (the lead among them). */
  create(bid: Bid, team: readonly NewTeamMember[]): Promise<Bid> {
    return this.store.transaction(async (tx) => {
      const tender = await tx.run('MATCH (t:Tender {id: $id}) RETURN t.id AS id', { id: bid.tenderId });
      if (tender.length === 0) throw new NotFoundError('tender', bid.tenderId);
      await createIn(tx, bid, team);
      return bid;
    });
  }

  /**
   * One bid per team and tender: creates the bid unless one (not cancelled) for the
   * same tender and lead already holds every member of `team` (whatever their answer
   * since), in which case that one is returned. Check and creation run in one
   * transaction that first writes the tender, so concurrent calls queue behind each
   * other (Kùzu has one writer; Neo4j locks the tender node) and only one creates.
   */
  createOnce(bid: Bid, team: readonly NewTeamMember[]): Promise<{ bid: Bid; created: boolean }> {
    return this.store.transaction(async (tx) => {
      const locked = await tx.run(
        'MATCH (t:Tender {id: $id}) SET t.updatedAt = t.updatedAt RETURN t.id AS id',
        { id: bid.tenderId },
      );
      if (locked.length === 0) throw new NotFoundError('tender', bid.tenderId);
      const rows = await tx.run(
        `MATCH (m:Member)-[:IN_BID]->(b:Bid)-[:FOR]->(t:Tender {id: $tender}) ` +
          `WHERE b.leadId = $lead AND b.status <> 'cancelled' RETURN ${BID_COLUMNS}, m.id AS member ` +
          'ORDER BY b.createdAt, b.id',
        { tender: bid.tenderId, lead: bid.leadId },
      );
      const membersOf = new Map<string, { bid: Bid; members: Set<string> }>();
      for (const row of rows) {
        const existing = bidFromRow(row);
        const entry = membersOf.get(existing.id) ?? { bid: existing, members: new Set<string>() };
        entry.members.add(text(row, 'member'));
        membersOf.set(existing.id, entry);
      }
      for (const { bid: existing, members } of membersOf.values()) {
        if (team.every((t) => members.has(t.member))) return { bid: existing, created: false };
      }
      await createIn(tx, bid, team);
      return { bid, created: true };
    });
  }

  /** Adds an invitation; the bid's status and time change with it. */
  invite(bidId: string, member: NewTeamMember, bidStatus: Bid['status'], at: number): Promise<void> {
    return this.store.transaction(async (tx) => {
      const existing = await tx.run(
        'MATCH (m:Member {id: $member})-[r:IN_BID]->(b:Bid {id: $bid}) RETURN r.status AS status',
        { bid: bidId, member: member.member },
      );
      if (existing[0]) {
        throw new ConflictError(
          `member "${member.member}" is already in bid "${bidId}" (${text(existing[0], 'status')})`,
        );
      }
      await addMember(tx, bidId, member, ['memberId']);
      await setBidStatus(tx, bidId, bidStatus, at);
    });
  }

  /** Changes one member's invitation status, and the bid's status and time with it. */
  setMemberStatus(
    bidId: string,
    memberId: string,
    status: InvitationStatus,
    bidStatus: Bid['status'],
    at: number,
  ): Promise<void> {
    return this.store.transaction(async (tx) => {
      const rows = await tx.run(
        'MATCH (m:Member {id: $member})-[r:IN_BID]->(b:Bid {id: $bid}) SET r.status = $status RETURN m.id AS id',
        { bid: bidId, member: memberId, status },
      );
      if (rows.length === 0) throw new NotFoundError('invitation', `${bidId}/${memberId}`);
      await setBidStatus(tx, bidId, bidStatus, at);
    });
  }

  /**
   * Sets the bid's status; `collaborators` (the accepted members of a bid that
   * ended) get +1 COLLABORATED_WITH weight per pair, edges created when missing.
   */
  setStatus(bidId: string, status: Bid['status'], at: number, collaborators: readonly string[] = []) {
    return this.store.transaction(async (tx) => {
      await setBidStatus(tx, bidId, status, at);
      const members = [...new Set(collaborators)].sort();
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) await strengthen(tx, members[i]!, members[j]!);
      }
    });
  }
}

async function createIn(tx: GraphQueryRunner, bid: Bid, team: readonly NewTeamMember[]): Promise<void> {
  await tx.run(
    `CREATE (:Bid {${BID_PROPERTIES.map((p) => `${p}: $${p}`).join(', ')}})`,
    bidToProperties(bid),
  );
  await tx.run('MATCH (b:Bid {id: $bid}) MATCH (t:Tender {id: $tender}) CREATE (b)-[:FOR]->(t)', {
    bid: bid.id,
    tender: bid.tenderId,
  });
  for (const [i, member] of team.entries()) await addMember(tx, bid.id, member, ['team', i, 'member']);
}

async function addMember(
  tx: GraphQueryRunner,
  bidId: string,
  member: NewTeamMember,
  path: (string | number)[],
): Promise<void> {
  const rows = await tx.run(
    'MATCH (m:Member {id: $member}) MATCH (b:Bid {id: $bid}) ' +
      'CREATE (m)-[:IN_BID {role: $role, status: $status}]->(b) RETURN m.id AS id',
    { bid: bidId, member: member.member, role: member.role, status: member.status },
  );
  if (rows.length === 0) throw BadUserInputError.at(path, `unknown member "${member.member}"`);
}

async function setBidStatus(tx: GraphQueryRunner, bidId: string, status: Bid['status'], at: number) {
  const rows = await tx.run(
    'MATCH (b:Bid {id: $id}) SET b.status = $status, b.updatedAt = $at RETURN b.id AS id',
    { id: bidId, status, at },
  );
  if (rows.length === 0) throw new NotFoundError('bid', bidId);
}

/** `a` < `b`: the pair's one edge. */
async function strengthen(tx: GraphQueryRunner, a: string, b: string): Promise<void> {
  const updated = await tx.run(
    'MATCH (a:Member {id: $a})-[c:COLLABORATED_WITH]-(b:Member {id: $b}) SET c.weight = c.weight + 1 RETURN a.id AS id',
    { a, b },
  );
  if (updated.length > 0) return;
  await tx.run(
    'MATCH (a:Member {id: $a}) MATCH (b:Member {id: $b}) CREATE (a)-[:COLLABORATED_WITH {weight: 1.0}]->(b)',
    { a, b },
  );
}
