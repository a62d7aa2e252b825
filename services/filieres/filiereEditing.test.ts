// The filière editing use cases called directly, as the CLI would: bad input
// names every failing field and changes nothing; a conseiller's new filière
// joins their scope and is audited; a slug never changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import { ANONYMOUS, type Viewer } from '../../domain/policy/profileVisibility.js';
import { type ApiFixture, startApiFixture } from '../../test/api/apiFixture.js';
import type { UseCaseContext } from '../useCaseContext.js';
import { createFiliere, updateFiliere } from './filiereEditing.js';

let fixture: ApiFixture;
let context: UseCaseContext;
let accountId: string;

beforeAll(async () => {
  fixture = await startApiFixture({ members: 40 });
  accountId = newId('acc');
  await fixture.services.accounts.create({
    id: accountId,
    email: 'conseil@example.org',
    passwordHash: 'unused',
    roles: ['member', 'conseiller'],
    scopeFilieres: [],
    scopeSpaces: [],
    memberId: null,
    createdAt: 0,
  });
  const viewer: Viewer = { ...ANONYMOUS, accountId, roles: ['member', 'conseiller'] };
  context = { services: fixture.services, viewer };
}, 120_000);
afterAll(() => fixture?.close());

const labels = { fr: 'Verriers', en: 'Glassmakers', nl: 'Glasblazers' };

async function refusal(work: Promise<unknown>): Promise<BadUserInputError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BadUserInputError);
  return error as BadUserInputError;
}

describe('filière editing use cases', () => {
  it('names every unknown skill and animator, and creates nothing', async () => {
    const error = await refusal(
      createFiliere(context, {
        slug: 'verriers',
        labels,
        coreSkills: ['no-such-skill'],
        animators: ['nobody-here'],
      }),
    );
    expect(error.problems.map((p) => p.path.join('.'))).toEqual(['input.coreSkills.0', 'input.animators.0']);
    expect(await fixture.services.repositories.filieres.get('verriers')).toBeNull();
  });

  it('names the missing field when a filière is created without labels', async () => {
    const skill = fixture.dataset.skills[0]!.id;
    const error = await refusal(createFiliere(context, { slug: 'verriers', coreSkills: [skill] }));
    expect(error.field).toBe('input.labels');
    expect(await fixture.services.repositories.filieres.get('verriers')).toBeNull();
  });

  it('adds a conseiller’s new filière to their scope and audits it', async () => {
    const skill = fixture.dataset.skills[0]!.id;
    const created = await createFiliere(context, { slug: 'verriers', labels, coreSkills: [skill, skill] });
    expect(created).toMatchObject({ id: 'verriers', labels, coreSkills: [skill] });
    expect((await fixture.services.accounts.get(accountId))?.scopeFilieres).toEqual(['verriers']);
    const audit = await fixture.services.audit.list({ offset: 0, limit: 10 }, { action: 'filiere.created' });
    expect(audit.items.map((e) => e.targetId)).toContain('verriers');
  });

  it('refuses to change a slug, naming it, and leaves the filière as it was', async () => {
    const error = await refusal(
      updateFiliere(context, 'verriers', { slug: 'glass', description: 'Souffle' }),
    );
    expect(error.field).toBe('input.slug');
    expect((await fixture.services.repositories.filieres.get('verriers'))?.description).toBe('');
  });
});
