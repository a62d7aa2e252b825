// The port through which the sync reads the source of truth: domain records
// and positions in the change feed, no documents. graph/ implements it
// (graph/repositories/searchFeedRepository.ts) without importing search/; the
// sync (feedSyncSource.ts) turns what it reads into search documents.

import type { DocumentKind } from '../../domain/documentKind.js';
import type { Community } from '../../domain/entities/community.js';
import type { Filiere } from '../../domain/entities/filiere.js';
import type { MemberRecord } from '../../domain/entities/member.js';
import type { Project } from '../../domain/entities/project.js';
import type { Skill } from '../../domain/entities/skill.js';
import type { Space } from '../../domain/entities/space.js';
import type { Tender } from '../../domain/entities/tender.js';

/** The node labels whose nodes carry a feed position. */
export type FedLabel = 'Member' | 'Tender';

export interface StampedId {
  id: string;
  at: number;
}

/** After position `at`; at `at` itself only ids after `fromId` (null: none of them). */
export interface FeedCursor {
  at: number;
  fromId: string | null;
}

/** A deletion the index has still to apply, at feed position `seq`. */
export interface FeedTombstone {
  kind: DocumentKind;
  entityId: string;
  seq: number;
}

export interface SearchFeed {
  stampedAfter(label: FedLabel, after: FeedCursor | null, limit: number): Promise<StampedId[]>;
  latestStamped(label: FedLabel): Promise<StampedId | null>;
  /** Tombstones at or after `seq`, in (seq, id) order. */
  tombstonesSince(seq: number, limit: number): Promise<FeedTombstone[]>;
  latestTombstone(): Promise<FeedTombstone | null>;
  /** Drops tombstones strictly before `seq` (applied). */
  purgeTombstonesBefore(seq: number): Promise<void>;
  /** Leaves a deletion for the next sync (the index was down). */
  recordTombstone(kind: DocumentKind, entityId: string, at: number): Promise<void>;
  countIndexed(): Promise<number>;
  membersByIds(ids: readonly string[]): Promise<MemberRecord[]>;
  /** Members in id order after `afterId` ('' for the first page). */
  membersPage(afterId: string, limit: number): Promise<MemberRecord[]>;
  missingMembers(ids: readonly string[]): Promise<string[]>;
  tendersByIds(ids: readonly string[]): Promise<Tender[]>;
  allTenders(): Promise<Tender[]>;
  projectsByIds(ids: readonly string[]): Promise<Project[]>;
  allProjects(): Promise<Project[]>;
  skills(): Promise<Skill[]>;
  spaces(): Promise<Space[]>;
  communities(): Promise<Community[]>;
  filieres(): Promise<Filiere[]>;
}
