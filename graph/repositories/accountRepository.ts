// Accounts (login, password hash, roles and the scope of conseillers and space
// managers). `createWithMember` writes a new member and their account in one
// transaction, which is what sign-up needs.
import type { Account, Role } from '../../domain/entities/account.js';
import type { Member } from '../../domain/entities/member.js';
import { ConflictError, NotFoundError } from '../../domain/errors.js';
import type { GraphQueryRunner, GraphStore, Row } from '../graphStore.js';
import { MEMBER_PROPERTIES, memberToProperties } from '../properties/memberProperties.js';
import { projection } from '../properties/projection.js';
import { nullableText, numeric, storedList, text, textList } from '../properties/rowValues.js';
import { stampChange } from './changeSequence.js';
import { emailKey, handleKey, memberIdByKey, syncMemberKeys } from './memberKeys.js';
import { checkedPage, type Page, type PageOf } from './page.js';

const ACCOUNT_PROPERTIES = [
  'id',
  'email',
  'passwordHash',
  'roles',
  'scopeFilieres',
  'scopeSpaces',
  'memberId',
  'createdAt',
] as const;
const ACCOUNT_COLUMNS = projection('a', ACCOUNT_PROPERTIES);
const CREATE_ACCOUNT = `CREATE (a:Account {${ACCOUNT_PROPERTIES.map((p) => `${p}: $${p}`).join(', ')}})`;
const CREATE_MEMBER = `CREATE (m:Member {${MEMBER_PROPERTIES.map((p) => `${p}: $${p}`).join(', ')}})`;

export interface AccountScope {
  roles: Role[];
  scopeFilieres: string[];
  scopeSpaces: string[];
}

/** E-mails are compared case-insensitively: stored and looked up lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class AccountRepository {
  constructor(private readonly store: GraphStore) {}

  async get(id: string): Promise<Account | null> {
    return first(await this.store.read(`MATCH (a:Account {id: $id}) RETURN ${ACCOUNT_COLUMNS}`, { id }));
  }

  async getByEmail(email: string): Promise<Account | null> {
    return first(
      await this.store.read(`MATCH (a:Account) WHERE a.email = $email RETURN ${ACCOUNT_COLUMNS}`, {
        email: normaliseEmail(email),
      }),
    );
  }

  async getByMemberId(memberId: string): Promise<Account | null> {
    return first(
      await this.store.read(`MATCH (a:Account) WHERE a.memberId = $memberId RETURN ${ACCOUNT_COLUMNS}`, {
        memberId,
      }),
    );
  }

  /** Accounts whose e-mail contains `text` (all when empty), by e-mail: the admin's account list. */
  async search(text: string, page: Page): Promise<PageOf<Account>> {
    const { offset, limit } = checkedPage(page);
    const params = { text: normaliseEmail(text) };
    const where = "WHERE $text = '' OR a.email CONTAINS $text";
    const [rows, counted] = await Promise.all([
      this.store.read(
        `MATCH (a:Account) ${where} RETURN ${ACCOUNT_COLUMNS} ORDER BY a.email SKIP $offset LIMIT $limit`,
        { ...params, offset, limit },
      ),
      this.store.read<{ total: number }>(`MATCH (a:Account) ${where} RETURN count(a) AS total`, params),
    ]);
    return { items: rows.map(accountFromRow), totalCount: Number(counted[0]?.total ?? 0) };
  }

  /** An account without a member profile (the boot admin). */
  create(account: Account): Promise<Account> {
    return this.store.transaction(async (tx) => {
      await assertEmailFree(tx, account.email);
      await tx.run(CREATE_ACCOUNT, accountToProperties(account));
      return account;
    });
  }

  /** A new member and their account, both or neither. */
  createWithMember(account: Account, member: Member): Promise<Account> {
    return this.store.transaction(async (tx) => {
      await assertEmailFree(tx, account.email);
      if (await memberIdByKey(tx, handleKey(member.handle))) {
        throw new ConflictError(`handle "${member.handle}" is already taken`, {
          code: 'account.handleTaken',
          params: { handle: member.handle },
        });
      }
      if (await memberIdByKey(tx, emailKey(member.email))) {
        throw new ConflictError(`email "${member.email}" is already registered`, {
          code: 'account.emailTaken',
        });
      }
      await syncMemberKeys(tx, member);
      await tx.run(CREATE_MEMBER, memberToProperties(member));
      await tx.run(CREATE_ACCOUNT, accountToProperties(account));
      await stampChange(tx, 'Member', member.id);
      return account;
    });
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    const rows = await this.store.write(
      'MATCH (a:Account {id: $id}) SET a.passwordHash = $passwordHash RETURN a.id AS id',
      {
        id,
        passwordHash,
      },
    );
    if (rows.length === 0) throw new NotFoundError('Account', id);
  }

  async setScope(id: string, scope: AccountScope): Promise<Account> {
    const rows = await this.store.write(
      'MATCH (a:Account {id: $id}) SET a.roles = $roles, a.scopeFilieres = $scopeFilieres, ' +
        `a.scopeSpaces = $scopeSpaces RETURN ${ACCOUNT_COLUMNS}`,
      {
        id,
        roles: storedList(scope.roles),
        scopeFilieres: storedList(scope.scopeFilieres),
        scopeSpaces: storedList(scope.scopeSpaces),
      },
    );
    const account = first(rows);
    if (!account) throw new NotFoundError('Account', id);
    return account;
  }
}

function accountToProperties(account: Account): Record<string, unknown> {
  return {
    ...account,
    email: normaliseEmail(account.email),
    roles: storedList(account.roles),
    scopeFilieres: storedList(account.scopeFilieres),
    scopeSpaces: storedList(account.scopeSpaces),
  };
}

async function assertEmailFree(tx: GraphQueryRunner, email: string): Promise<void> {
  const rows = await tx.run('MATCH (a:Account) WHERE a.email = $email RETURN a.id AS id', {
    email: normaliseEmail(email),
  });
  if (rows.length > 0) {
    throw new ConflictError(`an account with e-mail "${email}" already exists`, {
      code: 'account.emailTaken',
    });
  }
}

function first(rows: Row[]): Account | null {
  const row = rows[0];
  return row ? accountFromRow(row) : null;
}

function accountFromRow(row: Row): Account {
  return {
    id: text(row, 'id'),
    email: text(row, 'email'),
    passwordHash: text(row, 'passwordHash'),
    roles: textList(row, 'roles') as Role[],
    scopeFilieres: textList(row, 'scopeFilieres'),
    scopeSpaces: textList(row, 'scopeSpaces'),
    memberId: nullableText(row, 'memberId'),
    createdAt: numeric(row, 'createdAt'),
  };
}
