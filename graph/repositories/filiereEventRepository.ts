// Events of a filière (date, place, description, optional capacity) and the
// members registered for them: (Member)-[:REGISTERED_FOR {at}]->(FiliereEvent).
// A registration is created after checking it does not exist (never MERGE).
import type { FiliereEvent } from '../../domain/entities/filiereEvent.js';
import { ConflictError, NotFoundError } from '../../domain/errors.js';
import type { GraphStore, Row } from '../graphStore.js';
import { projection } from '../properties/projection.js';
import { nullableNumeric, numeric, text } from '../properties/rowValues.js';

const EVENT_PROPERTIES = [
  'id',
  'filiereId',
  'title',
  'description',
  'place',
  'startsAt',
  'capacity',
  'createdBy',
  'createdAt',
] as const;
const EVENT_COLUMNS = projection('e', EVENT_PROPERTIES);

function eventFromRow(row: Row): FiliereEvent {
  return {
    id: text(row, 'id'),
    filiereId: text(row, 'filiereId'),
    title: text(row, 'title'),
    description: text(row, 'description'),
    place: text(row, 'place'),
    startsAt: numeric(row, 'startsAt'),
    capacity: nullableNumeric(row, 'capacity'),
    createdBy: text(row, 'createdBy'),
    createdAt: numeric(row, 'createdAt'),
  };
}

export class FiliereEventRepository {
  constructor(private readonly store: GraphStore) {}

  async create(event: FiliereEvent): Promise<FiliereEvent> {
    await this.store.write(
      'CREATE (e:FiliereEvent {id: $id, filiereId: $filiereId, title: $title, description: $description, ' +
        'place: $place, startsAt: $startsAt, capacity: $capacity, createdBy: $createdBy, createdAt: $createdAt})',
      { ...event },
    );
    return event;
  }

  async get(id: string): Promise<FiliereEvent | null> {
    const rows = await this.store.read(`MATCH (e:FiliereEvent {id: $id}) RETURN ${EVENT_COLUMNS}`, { id });
    return rows[0] ? eventFromRow(rows[0]) : null;
  }

  /** The filière's events, soonest first; `from` keeps those starting at or after it. */
  async ofFiliere(filiereId: string, from: number | null = null): Promise<FiliereEvent[]> {
    const rows = await this.store.read(
      `MATCH (e:FiliereEvent) WHERE e.filiereId = $filiereId AND e.startsAt >= $from RETURN ${EVENT_COLUMNS} ORDER BY e.startsAt, e.id`,
      { filiereId, from: from ?? 0 },
    );
    return rows.map(eventFromRow);
  }

  /** Registers the member; refuses a full event. False when already registered. */
  async register(eventId: string, memberId: string, now: number): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      const events = await tx.run(`MATCH (e:FiliereEvent {id: $eventId}) RETURN ${EVENT_COLUMNS}`, {
        eventId,
      });
      if (!events[0]) throw new NotFoundError('FiliereEvent', eventId);
      const event = eventFromRow(events[0]);
      const existing = await tx.run(
        'MATCH (:Member {id: $memberId})-[r:REGISTERED_FOR]->(e:FiliereEvent {id: $eventId}) RETURN e.id AS id',
        { memberId, eventId },
      );
      if (existing.length > 0) return false;
      if (event.capacity !== null) {
        const counted = await tx.run<{ n: number }>(
          'MATCH (:Member)-[r:REGISTERED_FOR]->(e:FiliereEvent {id: $eventId}) RETURN count(r) AS n',
          { eventId },
        );
        if ((counted[0]?.n ?? 0) >= event.capacity) throw new ConflictError('this event is full');
      }
      const created = await tx.run(
        'MATCH (m:Member {id: $memberId}) MATCH (e:FiliereEvent {id: $eventId}) ' +
          'CREATE (m)-[:REGISTERED_FOR {at: $now}]->(e) RETURN e.id AS id',
        { memberId, eventId, now },
      );
      if (created.length === 0) throw new NotFoundError('Member', memberId);
      return true;
    });
  }

  /** False when the member was not registered. */
  async cancel(eventId: string, memberId: string): Promise<boolean> {
    const rows = await this.store.write(
      'MATCH (:Member {id: $memberId})-[r:REGISTERED_FOR]->(e:FiliereEvent {id: $eventId}) DELETE r RETURN e.id AS id',
      { memberId, eventId },
    );
    return rows.length > 0;
  }

  async registrationsCount(eventId: string): Promise<number> {
    const rows = await this.store.read<{ n: number }>(
      'MATCH (:Member)-[r:REGISTERED_FOR]->(e:FiliereEvent {id: $eventId}) RETURN count(r) AS n',
      { eventId },
    );
    return rows[0]?.n ?? 0;
  }

  /** Ids of the registered members, first registered first. */
  async registeredMemberIds(eventId: string): Promise<string[]> {
    const rows = await this.store.read<{ id: string }>(
      'MATCH (m:Member)-[r:REGISTERED_FOR]->(e:FiliereEvent {id: $eventId}) RETURN m.id AS id ORDER BY r.at, m.id',
      { eventId },
    );
    return rows.map((r) => r.id);
  }

  async isRegistered(eventId: string, memberId: string): Promise<boolean> {
    const rows = await this.store.read(
      'MATCH (:Member {id: $memberId})-[:REGISTERED_FOR]->(e:FiliereEvent {id: $eventId}) RETURN e.id AS id',
      { memberId, eventId },
    );
    return rows.length > 0;
  }
}
