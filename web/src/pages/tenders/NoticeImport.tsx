// Import an eForms notice: choose or drop the XML file (or paste it); it is sent to POST /notices
// with upload progress, then imported (each lot becomes a tender, at the top of the list below).
// A refused notice lists its problems in the reader's language (codes + parameters).
import { useState } from 'react';
import { Link } from 'wouter';
import { useI18n } from '../../i18n/I18nProvider.js';
import { TextField } from '../../ui/Field.js';
import { noticeProblemText } from './noticeProblemText.js';
import {
  type NoticeProblem,
  NoticeUploadError,
  type NoticeUploadResult,
  uploadNotice,
} from './uploadNotice.js';

type Step =
  | { kind: 'idle' }
  | { kind: 'uploading'; percent: number }
  | { kind: 'importing' }
  | { kind: 'done'; result: NoticeUploadResult }
  | { kind: 'failed'; problems: NoticeProblem[]; network: boolean };

export function NoticeImport({ onImported }: { onImported(): void }) {
  const { t, plural } = useI18n();
  const [xml, setXml] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const busy = step.kind === 'uploading' || step.kind === 'importing';

  async function send() {
    const body = file ?? xml;
    setStep({ kind: 'uploading', percent: 0 });
    try {
      const result = await uploadNotice(body, ({ loaded, total }) =>
        setStep(
          loaded >= total
            ? { kind: 'importing' }
            : { kind: 'uploading', percent: Math.floor((100 * loaded) / total) },
        ),
      );
      setStep({ kind: 'done', result });
      onImported();
    } catch (error) {
      const refused =
        error instanceof NoticeUploadError ? error : new NoticeUploadError(0, [], String(error));
      setStep({ kind: 'failed', problems: refused.problems, network: refused.status === 0 });
    }
  }

  function choose(chosen: File | undefined) {
    setFile(chosen ?? null);
    setStep({ kind: 'idle' });
  }

  return (
    <section className="section form" aria-labelledby="notice-title">
      <h2 id="notice-title">{t('notice.title')}</h2>
      <fieldset
        className={dragging ? 'drop-zone drop-zone--active' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          choose(event.dataTransfer.files[0]);
        }}
      >
        <div className="field">
          <label htmlFor="notice-file">{t('notice.file')}</label>
          <input
            id="notice-file"
            type="file"
            accept=".xml,application/xml,text/xml"
            onChange={(event) => choose(event.target.files?.[0])}
          />
          {file && (
            <p className="field__hint">{t('notice.chosen', { name: file.name, size: sizeOf(file.size) })}</p>
          )}
        </div>
        {!file && (
          <TextField
            label={t('notice.xml')}
            hint={t('notice.xmlHint')}
            value={xml}
            onChange={setXml}
            multiline
          />
        )}
      </fieldset>
      <div className="toolbar">
        <button
          type="button"
          className="button"
          disabled={(file === null && xml.trim() === '') || busy}
          onClick={() => void send()}
        >
          {t('notice.import')}
        </button>
      </div>
      <div aria-live="polite">
        {step.kind === 'uploading' && (
          <p role="status">
            <label>
              {t('notice.uploading', { percent: step.percent })} <progress max={100} value={step.percent} />
            </label>
          </p>
        )}
        {step.kind === 'importing' && (
          <p role="status">
            <label>
              {t('notice.importing')} <progress />
            </label>
          </p>
        )}
        {step.kind === 'done' && (
          <div className="notice" role="status">
            <p>
              {step.result.created
                ? t('notice.imported', { title: step.result.notice.title })
                : t('notice.again')}{' '}
              {plural('notice.lotCount', step.result.tenders.length)}
            </p>
            {step.result.expired > 0 && <p>{plural('notice.expiredLots', step.result.expired)}</p>}
            {step.result.tenders[0] && (
              <p>
                <Link href={`/tenders/${encodeURIComponent(step.result.tenders[0].tenderId)}`}>
                  {step.result.tenders[0].title}
                </Link>
              </p>
            )}
          </div>
        )}
        {step.kind === 'failed' && (
          <div className="notice notice--error" role="alert">
            <p>{step.network ? t('notice.network') : t('notice.refused')}</p>
            <ul>
              {step.problems.map((problem, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id and never reorder
                <li key={i}>{noticeProblemText(problem, t)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}

function sizeOf(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}
