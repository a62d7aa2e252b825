// Calls for tenders: the list, a form to create one and the import of an eForms notice.
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { useDocumentTitle } from '../../app/useDocumentTitle.js';
import {
  PRODUCT_REFERENCE,
  type ProductReferenceData,
  TENDERS_LIST,
  type TendersListData,
} from '../../graphql/productDocuments.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Empty, ErrorNotice, Loading } from '../../ui/Status.js';
import { RequireMember } from '../bids/RequireMember.js';
import { NoticeImport } from './NoticeImport.js';
import { TenderFacts } from './TenderFacts.js';
import { TenderForm } from './TenderForm.js';

function Tenders() {
  const { t } = useI18n();
  const [reference] = useQuery<ProductReferenceData>({ query: PRODUCT_REFERENCE });
  const [list, retry] = useQuery<TendersListData>({
    query: TENDERS_LIST,
    requestPolicy: 'cache-and-network',
  });
  const tenders = list.data?.tenders.edges.map((e) => e.node) ?? [];
  return (
    <>
      {reference.data ? <TenderForm reference={reference.data} /> : <Loading />}
      <NoticeImport />
      <section className="section" aria-labelledby="tenders-list-title">
        <h2 id="tenders-list-title">{t('tenders.list')}</h2>
        {list.error && (
          <ErrorNotice error={list.error} onRetry={() => retry({ requestPolicy: 'network-only' })} />
        )}
        {list.data && tenders.length === 0 && <Empty>{t('tenders.empty')}</Empty>}
        <ul className="card-grid">
          {tenders.map((tender) => (
            <li key={tender.tenderId} className="card">
              <h3>
                <Link href={`/tenders/${encodeURIComponent(tender.tenderId)}`}>{tender.title}</Link>
              </h3>
              <TenderFacts tender={tender} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export default function TendersPage() {
  const { t } = useI18n();
  useDocumentTitle(t('tenders.pageTitle'));
  return (
    <>
      <h1>{t('tenders.pageTitle')}</h1>
      <p className="page-intro">{t('tenders.intro')}</p>
      <RequireMember>
        <Tenders />
      </RequireMember>
    </>
  );
}
