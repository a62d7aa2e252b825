// Account settings: download everything stored about me, delete my account, sign out.
import { useState } from 'react';
import { useClient, useMutation } from 'urql';
import { Link, useLocation } from 'wouter';
import { useSession } from '../../app/session.js';
import { useDocumentTitle } from '../../app/useDocumentTitle.js';
import { ERASE_ME, EXPORT_MY_DATA, type ExportMyDataData, SIGN_OUT } from '../../graphql/accountDocuments.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { TextField } from '../../ui/Field.js';
import { ErrorNotice, Loading } from '../../ui/Status.js';

function download(fileName: string, json: unknown): void {
  const blob = new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export default function SettingsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('settings.title'));
  const { me, loading, refresh } = useSession();
  const client = useClient();
  const [, navigate] = useLocation();
  const [exported, setExported] = useState('');
  const [exportError, setExportError] = useState<Error | null>(null);
  const [confirmation, setConfirmation] = useState('');
  const [erasure, eraseMe] = useMutation<{ eraseMe: boolean }>(ERASE_ME);
  const [, signOut] = useMutation(SIGN_OUT);

  if (loading) return <Loading />;
  if (!me) {
    return (
      <p className="notice">
        <Link href="/signin">{t('signIn.needed')}</Link>
      </p>
    );
  }
  const handle = me.member?.handle ?? '';
  const eraseWord = t('settings.eraseWord');

  async function exportData() {
    setExportError(null);
    const result = await client
      .query<ExportMyDataData>(EXPORT_MY_DATA, {}, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) {
      setExportError(result.error);
      return;
    }
    const fileName = `passerelle-${handle || 'account'}.json`;
    download(fileName, result.data?.exportMyData);
    setExported(fileName);
  }

  async function erase() {
    const result = await eraseMe({ confirmHandle: handle });
    if (result.data?.eraseMe) {
      refresh();
      navigate('/?erased=1');
    }
  }

  return (
    <>
      <h1>{t('settings.title')}</h1>
      <p>{t('settings.signedInAs', { email: me.email })}</p>
      <section className="section form" aria-labelledby="export-title">
        <h2 id="export-title">{t('settings.export')}</h2>
        <p className="field__hint">{t('settings.exportHelp')}</p>
        <div>
          <button type="button" className="button" onClick={exportData}>
            {t('settings.export')}
          </button>
        </div>
        {exportError && <ErrorNotice error={exportError} />}
        <p role="status">{exported ? t('settings.exportDone', { file: exported }) : ''}</p>
      </section>
      <section className="section form" aria-labelledby="erase-title">
        <h2 id="erase-title">{t('settings.erase')}</h2>
        <p>{t('settings.eraseHelp')}</p>
        <TextField
          label={t('settings.eraseConfirm', { word: eraseWord })}
          name="confirm-erase"
          autoComplete="off"
          value={confirmation}
          onChange={setConfirmation}
        />
        {erasure.error && <ErrorNotice error={erasure.error} />}
        <div>
          <button
            type="button"
            className="button button--danger"
            disabled={confirmation.trim() !== eraseWord || !handle || erasure.fetching}
            onClick={erase}
          >
            {t('settings.eraseAction')}
          </button>
        </div>
      </section>
      <section className="section">
        <button
          type="button"
          className="button button--quiet"
          onClick={async () => {
            await signOut({});
            refresh();
            navigate('/');
          }}
        >
          {t('nav.signOut')}
        </button>
      </section>
    </>
  );
}
