// Projects (past and current collaborations) and who worked on them.

import type { ProjectRecord } from '../../domain/dataset.js';
import type { Member } from '../../domain/entities/member.js';
import type { Project } from '../../domain/entities/project.js';
import { BadUserInputError, ConflictError } from '../../domain/errors.js';
import type { GraphStore } from '../graphStore.js';
import { memberFromRow } from '../properties/memberProperties.js';
import { projection } from '../properties/projection.js';
import { PROJECT_PROPERTIES, projectFromRow, projectToProperties } from '../properties/projectProperties.js';
import { text } from '../properties/rowValues.js';
import { MEMBER_COLUMNS } from './memberRepository.js';

export interface ProjectMember {
  member: Member;
  role: string;
}

const CREATE_PROJECT = `CREATE (p:Project {${PROJECT_PROPERTIES.map((p) => `${p}: $${p}`).join(', ')}})`;

export class ProjectRepository {
  constructor(private readonly store: GraphStore) {}

  async get(id: string): Promise<Project | null> {
    const rows = await this.store.read(
      `MATCH (p:Project {id: $id}) RETURN ${projection('p', PROJECT_PROPERTIES)}`,
      {
        id,
      },
    );
    return rows[0] ? projectFromRow(rows[0]) : null;
  }

  /** Who worked on the project, by name. */
  async members(id: string): Promise<ProjectMember[]> {
    const rows = await this.store.read(
      `MATCH (m:Member)-[r:WORKED_ON]->(:Project {id: $id}) RETURN ${MEMBER_COLUMNS}, r.role AS role ORDER BY m.name, m.id`,
      { id },
    );
    return rows.map((row) => ({ member: memberFromRow(row), role: text(row, 'role') }));
  }

  /** Creates a project with its WORKED_ON links; every member must exist. */
  create(record: ProjectRecord): Promise<Project> {
    return this.store.transaction(async (tx) => {
      const exists = await tx.run('MATCH (p:Project {id: $id}) RETURN p.id AS id', { id: record.id });
      if (exists.length > 0) throw new ConflictError(`project "${record.id}" already exists`);
      const project: Project = {
        id: record.id,
        title: record.title,
        description: record.description,
        startedAt: record.startedAt,
        endedAt: record.endedAt,
      };
      await tx.run(CREATE_PROJECT, projectToProperties(project));
      const listed = new Set<string>();
      for (const [i, link] of record.members.entries()) {
        if (listed.has(link.member))
          throw BadUserInputError.at(['members', i, 'member'], `"${link.member}" is listed twice`);
        listed.add(link.member);
        const rows = await tx.run(
          // The project is new, so the link cannot exist yet: CREATE (never MERGE of a relationship on Kùzu).
          'MATCH (p:Project {id: $id}) MATCH (m:Member {id: $member}) ' +
            'CREATE (m)-[r:WORKED_ON {role: $role}]->(p) RETURN m.id AS id',
          { id: record.id, member: link.member, role: link.role },
        );
        if (rows.length === 0)
          throw BadUserInputError.at(['members', i, 'member'], `unknown member "${link.member}"`);
      }
      return project;
    });
  }
}
