// The admin's account page: find accounts by e-mail, then grant or withdraw the conseiller and
// space-manager roles with the filières and spaces they look after (each change is audited by
// the API's setRoles).
import { type FormEvent, useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { useSession } from '../../app/session.js';
import { useDebouncedValue } from '../../app/useDebouncedValue.js';
import { useDocumentTitle } from '../../app/useDocumentTitle.js';
import {
  ADMIN_ACCOUNTS,
  type AdminAccount,
  type AdminAccountsData,
  SET_ROLES,
} from '../../graphql/adminDocuments.js';
import { messageKeyOf, type Role } from '../../graphql/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { TextField } from '../../ui/Field.js';
import { Empty, ErrorNotice, Loading } from '../../ui/Status.js';

/** The roles this page grants and withdraws; member and admin are left as they are. */
const GRANTED_ROLES = ['CONSEILLER', 'SPACE_MANAGER'] as const;
const PAGE_SIZE = 50;

function Checkboxes({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: { value: string; label: string }[];
  value: string[];
  onChange(value: string[]): void;
}) {
  const id = useId();
  return (
    <fieldset className="form">
      <legend>{legend}</legend>
      <div className="tags">
        {options.map((option) => (
          <div key={option.value} className="choice">
            <input
              type="checkbox"
              id={`${id}-${option.value}`}
              checked={value.includes(option.value)}
              onChange={(event) =>
                onChange(
                  event.target.checked ? [...value, option.value] : value.filter((v) => v !== option.value),
                )
              }
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function RolesForm({
  account,
  data,
  onSaved,
}: {
  account: AdminAccount;
  data: AdminAccountsData;
  onSaved(): void;
}) {
  const { t, plural } = useI18n();
  const [roles, setRoles] = useState<string[]>(
    account.roles.filter((r) => (GRANTED_ROLES as readonly string[]).includes(r)),
  );
  const [filieres, setFilieres] = useState(account.scopeFilieres);
  const [spaces, setSpaces] = useState(account.scopeSpaces);
  const [saved, save] = useMutation(SET_ROLES);
  const [done, setDone] = useState(false);
  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const kept = account.roles.filter((r) => !(GRANTED_ROLES as readonly string[]).includes(r));
    const next = [...kept, ...roles];
    void save({
      email: account.email,
      roles: next.length > 0 ? next : ['MEMBER'],
      scopeFilieres: roles.includes('CONSEILLER') ? filieres : [],
      scopeSpaces: roles.length > 0 ? spaces : [],
    }).then((result) => {
      if (!result.error) {
        setDone(true);
        onSaved();
      }
    });
  }
  return (
    <form className="form" onSubmit={submit} aria-label={t('admin.rolesOf', { email: account.email })}>
      <Checkboxes
        legend={t('admin.roles')}
        options={GRANTED_ROLES.map((role) => ({ value: role, label: t(`admin.role.${messageKeyOf(role)}`) }))}
        value={roles}
        onChange={setRoles}
      />
      {roles.includes('CONSEILLER') && (
        <Checkboxes
          legend={t('admin.scopeFilieres')}
          options={data.filieres.map((f) => ({ value: f.slug, label: f.label }))}
          value={filieres}
          onChange={setFilieres}
        />
      )}
      {roles.length > 0 && (
        <details>
          <summary>{plural('admin.scopeSpaces', spaces.length)}</summary>
          <Checkboxes
            legend={t('admin.scopeSpacesLegend')}
            options={data.spaces.map((s) => ({ value: s.slug, label: s.name }))}
            value={spaces}
            onChange={setSpaces}
          />
        </details>
      )}
      {saved.error && <ErrorNotice error={saved.error} />}
      <div className="toolbar">
        <button type="submit" className="button" disabled={saved.fetching}>
          {t('admin.saveRoles', { email: account.email })}
        </button>
      </div>
      {done && <p role="status">{t('admin.rolesSaved', { email: account.email })}</p>}
    </form>
  );
}

function Accounts() {
  const { t, plural } = useI18n();
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search.trim(), 250);
  const [result, reload] = useQuery<AdminAccountsData>({
    query: ADMIN_ACCOUNTS,
    variables: { search: settled, first: PAGE_SIZE },
    requestPolicy: 'cache-and-network',
  });
  const [open, setOpen] = useState<string | null>(null);
  const roleName = (role: Role) => t(`admin.role.${messageKeyOf(role)}`);
  const data = result.data;
  return (
    <>
      <TextField label={t('admin.search')} type="search" value={search} onChange={setSearch} />
      {result.error && <ErrorNotice error={result.error} />}
      {!data && !result.error && <Loading />}
      {data && <p role="status">{plural('admin.accountCount', data.accounts.totalCount)}</p>}
      {data?.accounts.edges.length === 0 && <Empty>{t('admin.noAccounts')}</Empty>}
      <ul className="plain-list">
        {data?.accounts.edges.map(({ node: account }) => (
          <li key={account.id} className="card">
            <h2>{account.email}</h2>
            {account.member ? (
              <p>
                <Link href={`/members/${encodeURIComponent(account.member.handle)}`}>
                  {account.member.name}
                </Link>
              </p>
            ) : (
              <p>{t('admin.noMember')}</p>
            )}
            <p>
              {t('admin.currentRoles')} {account.roles.map(roleName).join(', ')}
            </p>
            <button
              type="button"
              className="button button--quiet"
              aria-expanded={open === account.id}
              onClick={() => setOpen(open === account.id ? null : account.id)}
            >
              {t('admin.editRoles', { email: account.email })}
            </button>
            {open === account.id && (
              <RolesForm
                account={account}
                data={data}
                onSaved={() => reload({ requestPolicy: 'network-only' })}
              />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export default function AdminAccountsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('admin.title'));
  const { me, loading } = useSession();
  const allowed = me?.roles.includes('ADMIN') ?? false;
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <p className="page-intro">{t('admin.intro')}</p>
      {loading ? <Loading /> : allowed ? <Accounts /> : <Empty>{t('admin.onlyAdmins')}</Empty>}
    </>
  );
}
