// A Tender (and its TenderSource row: the lot, and the procurement notice it was
// imported from) as node properties and back. Requirements are REQUIRES
// relationships, read and written by the repository.
import type { NoticeRecord } from '../../domain/entities/notice.js';
import type { Requirement, Tender } from '../../domain/entities/tender.js';
import type { TenderSource } from '../../domain/entities/tenderSource.js';
import type { Row } from '../graphStore.js';
import {
  nullableNumeric,
  nullableText,
  numeric,
  type Properties,
  storedList,
  text,
  textList,
} from './rowValues.js';

export const TENDER_PROPERTIES = [
  'id',
  'title',
  'buyer',
  'description',
  'deadline',
  'lat',
  'lon',
  'radiusKm',
  'maxTeamSize',
  'budget',
  'currency',
  'status',
  'createdBy',
  'createdAt',
  'updatedAt',
] as const;

export const TENDER_SOURCE_PROPERTIES = [
  'tenderId',
  'lot',
  'noticeKey',
  'noticeId',
  'noticeVersion',
  'lotId',
  'nuts',
  'placeName',
  'cpv',
] as const;

/** A tender's fields without its requirements (which are relationships). */
export function tenderToProperties(tender: Tender): Properties {
  return {
    id: tender.id,
    title: tender.title,
    buyer: tender.buyer,
    description: tender.description,
    deadline: tender.deadline,
    lat: tender.lat,
    lon: tender.lon,
    radiusKm: tender.radiusKm,
    maxTeamSize: tender.maxTeamSize,
    budget: tender.budget,
    currency: tender.currency,
    status: tender.status,
    createdBy: tender.createdBy,
    createdAt: tender.createdAt,
    updatedAt: tender.updatedAt,
  };
}

export function tenderFromRow(row: Row, requirements: Requirement[]): Tender {
  return {
    id: text(row, 'id'),
    title: text(row, 'title'),
    buyer: text(row, 'buyer'),
    description: text(row, 'description'),
    deadline: nullableNumeric(row, 'deadline'),
    lat: nullableNumeric(row, 'lat'),
    lon: nullableNumeric(row, 'lon'),
    radiusKm: nullableNumeric(row, 'radiusKm'),
    requirements,
    maxTeamSize: nullableNumeric(row, 'maxTeamSize'),
    budget: nullableNumeric(row, 'budget'),
    currency: nullableText(row, 'currency'),
    status: text(row, 'status') === 'closed' ? 'closed' : 'open',
    createdBy: nullableText(row, 'createdBy'),
    createdAt: numeric(row, 'createdAt'),
    updatedAt: numeric(row, 'updatedAt'),
  };
}

export function requirementFromRow(row: Row): Requirement {
  return { skill: text(row, 'skill'), minLevel: numeric(row, 'minLevel'), count: numeric(row, 'count') };
}

export function tenderSourceToProperties(source: TenderSource): Properties {
  return { ...source, cpv: storedList(source.cpv) };
}

export function tenderSourceFromRow(row: Row): TenderSource {
  return {
    tenderId: text(row, 'tenderId'),
    lot: nullableText(row, 'lot'),
    noticeKey: nullableText(row, 'noticeKey'),
    noticeId: nullableText(row, 'noticeId'),
    noticeVersion: nullableText(row, 'noticeVersion'),
    lotId: nullableText(row, 'lotId'),
    nuts: nullableText(row, 'nuts'),
    placeName: nullableText(row, 'placeName'),
    cpv: textList(row, 'cpv'),
  };
}

export const NOTICE_PROPERTIES = [
  'id',
  'noticeId',
  'version',
  'title',
  'buyer',
  'deadline',
  'nuts',
  'cpv',
  'tenderIds',
  'importedBy',
  'importedAt',
] as const;

export function noticeToProperties(notice: NoticeRecord): Properties {
  return { ...notice, cpv: storedList(notice.cpv), tenderIds: storedList(notice.tenderIds) };
}

export function noticeFromRow(row: Row): NoticeRecord {
  return {
    id: text(row, 'id'),
    noticeId: text(row, 'noticeId'),
    version: text(row, 'version'),
    title: text(row, 'title'),
    buyer: text(row, 'buyer'),
    deadline: nullableNumeric(row, 'deadline'),
    nuts: nullableText(row, 'nuts'),
    cpv: textList(row, 'cpv'),
    tenderIds: textList(row, 'tenderIds'),
    importedBy: nullableText(row, 'importedBy'),
    importedAt: numeric(row, 'importedAt'),
  };
}

export function noticeKey(noticeId: string, version: string): string {
  return `${noticeId}@${version}`;
}
