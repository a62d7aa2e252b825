// Writes and deletes documents in the SQLite search tables. Each document
// keeps its rowid across updates; its FTS entry and facet rows are replaced.
import type { DocumentKind, MemberDocument, SearchDocument, SkillDocument } from '../documents.js';
import type { SkillVocabulary } from '../skillVocabulary.js';
import { type EntityDocument, entityRow } from './entityRows.js';
import type { FacetDictionary } from './facetDictionary.js';
import { memberFacetRows, memberFtsValues, storedMember } from './memberRows.js';
import { VISIBILITY_CODES } from './schema.js';
import type { StatementCache } from './statementCache.js';
import type { Statements } from './statements.js';

/** One statement per number of facet rows: a member's 20-odd rows go in one call, not one call each. */
const facetInsertSqlByRows: string[] = [];
function facetInsertSql(rows: number): string {
  facetInsertSqlByRows[rows] ??=
    `INSERT INTO member_facets (member_rowid, value_id, level) VALUES ${Array.from({ length: rows }, () => '(?, ?, ?)').join(', ')}`;
  return facetInsertSqlByRows[rows];
}

export class DocumentWriter {
  constructor(
    private readonly sql: Statements,
    private readonly facetValues: FacetDictionary,
    private readonly skills: SkillVocabulary,
    private readonly statements: StatementCache,
  ) {}

  /** Call inside a transaction. */
  write(doc: SearchDocument): void {
    if (doc.kind === 'member') this.writeMember(doc);
    else if (doc.kind === 'skill') this.writeSkill(doc);
    else this.writeEntity(doc);
  }

  /** Call inside a transaction; an unknown id is ignored. */
  remove(kind: DocumentKind, id: string): void {
    const s = this.sql;
    if (kind === 'member') {
      const rowid = s.memberRowid.get(id)?.rowid;
      if (rowid === undefined) return;
      s.deleteMemberFts.run(rowid);
      s.deleteMemberFacets.run(rowid);
      s.deleteMemberDoc.run(rowid);
      s.deleteMember.run(rowid);
    } else if (kind === 'skill') {
      const rowid = s.skillRowid.get(id)?.rowid;
      if (rowid === undefined) return;
      s.deleteSkillFts.run(rowid);
      s.deleteSkill.run(rowid);
    } else {
      const rowid = s.entityRowid.get(kind, id)?.rowid;
      if (rowid === undefined) return;
      s.deleteEntityFts.run(rowid);
      s.deleteEntityFacets.run(rowid);
      s.deleteEntity.run(rowid);
    }
  }

  private writeMember(doc: MemberDocument): void {
    const s = this.sql;
    const existing = s.memberRowid.get(doc.id)?.rowid;
    const lat = doc.geo?.lat ?? null;
    const lon = doc.geo?.lon ?? null;
    const visibility = VISIBILITY_CODES[doc.visibility];
    let rowid: number;
    if (existing === undefined) {
      rowid = Number(s.insertMember.run(doc.id, visibility, lat, lon, doc.updatedAt).lastInsertRowid);
    } else {
      rowid = existing;
      s.deleteMemberFts.run(rowid);
      s.deleteMemberFacets.run(rowid);
      s.updateMember.run(visibility, lat, lon, doc.updatedAt, rowid);
    }
    s.upsertMemberDoc.run(rowid, JSON.stringify(storedMember(doc)));
    s.insertMemberFts.run(rowid, ...memberFtsValues(doc, this.skills));
    const rows = memberFacetRows(doc);
    if (rows.length === 0) return;
    const values: number[] = [];
    for (const [facet, value, level] of rows) values.push(rowid, this.facetValues.idFor(facet, value), level);
    this.statements.get(facetInsertSql(rows.length)).run(values);
  }

  private writeEntity(doc: EntityDocument): void {
    const s = this.sql;
    const row = entityRow(doc);
    const existing = s.entityRowid.get(row.kind, row.id)?.rowid;
    const json = JSON.stringify(row.stored);
    let rowid: number;
    if (existing === undefined) {
      rowid = Number(
        s.insertEntity.run(row.kind, row.id, row.lat, row.lon, row.updatedAt, json).lastInsertRowid,
      );
    } else {
      rowid = existing;
      s.deleteEntityFts.run(rowid);
      s.deleteEntityFacets.run(rowid);
      s.updateEntity.run(row.lat, row.lon, row.updatedAt, json, rowid);
    }
    s.insertEntityFts.run(rowid, ...row.fts);
    for (const [facet, value] of row.facets) s.insertEntityFacet.run(rowid, facet, value);
  }

  private writeSkill(doc: SkillDocument): void {
    const s = this.sql;
    const existing = s.skillRowid.get(doc.id)?.rowid;
    const json = JSON.stringify(doc);
    let rowid: number;
    if (existing === undefined) {
      rowid = Number(s.insertSkill.run(doc.id, json).lastInsertRowid);
    } else {
      rowid = existing;
      s.deleteSkillFts.run(rowid);
      s.updateSkill.run(json, rowid);
    }
    const { labels, altLabels } = doc;
    s.insertSkillFts.run(
      rowid,
      labels.fr,
      labels.en,
      labels.nl,
      altLabels.fr.join('\n'),
      altLabels.en.join('\n'),
      altLabels.nl.join('\n'),
    );
  }
}
