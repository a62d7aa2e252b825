// Import an eForms notice: drop the XML file or paste it; each lot becomes a tender, shown with
// its deadline, place, value and the skills suggested for it.
import { useState } from 'react';
import { useMutation } from 'urql';
import { Link } from 'wouter';
import { fieldProblems } from '../../graphql/fieldProblems.js';
import { IMPORT_NOTICE, type ImportNoticeData } from '../../graphql/productDocuments.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { TextField } from '../../ui/Field.js';
import { FormProblems } from '../account/FormProblems.js';
import { LotSkillReasons } from './LotSkillReasons.js';
import { TenderFacts } from './TenderFacts.js';

export function NoticeImport() {
  const i18n = useI18n();
  const { t } = i18n;
  const [xml, setXml] = useState('');
  const [dragging, setDragging] = useState(false);
  const [imported, importNotice] = useMutation<ImportNoticeData>(IMPORT_NOTICE);
  const problems = fieldProblems(imported.error, ['xml'], i18n);
  const result = imported.data?.importNotice;

  async function readFile(file: File | undefined) {
    if (file) setXml(await file.text());
  }

  return (
    <section className="section form" aria-labelledby="notice-title">
      <h2 id="notice-title">{t('notice.title')}</h2>
      <FormProblems problems={problems} />
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
          void readFile(event.dataTransfer.files[0]);
        }}
      >
        <TextField
          label={t('notice.xml')}
          hint={t('notice.xmlHint')}
          value={xml}
          onChange={setXml}
          error={problems.byField.xml}
          multiline
        />
        <div className="field">
          <label htmlFor="notice-file">{t('notice.file')}</label>
          <input
            id="notice-file"
            type="file"
            accept=".xml,application/xml,text/xml"
            onChange={(event) => void readFile(event.target.files?.[0])}
          />
        </div>
      </fieldset>
      <div className="toolbar">
        <button
          type="button"
          className="button"
          disabled={xml.trim() === '' || imported.fetching}
          onClick={() => void importNotice({ xml })}
        >
          {t('notice.import')}
        </button>
      </div>
      {result && (
        <div aria-live="polite">
          <p className="notice" role="status">
            {result.created ? t('notice.imported', { title: result.notice.title }) : t('notice.again')}
          </p>
          <ul className="card-grid" aria-label={t('notice.lots')}>
            {result.tenders.map((tender) => (
              <li key={tender.tenderId} className="card">
                <h3>
                  <Link href={`/tenders/${encodeURIComponent(tender.tenderId)}`}>{tender.title}</Link>
                </h3>
                <TenderFacts tender={tender} />
                <LotSkillReasons tender={tender} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
