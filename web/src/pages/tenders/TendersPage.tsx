// Calls for tenders: the list (20 a page, Relay cursors kept in the URL so that Back returns
// to the same page), a form to create one and the import of an eForms notice.
import { useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { useDocumentTitle } from '../../app/useDocumentTitle.js';
import {
  PRODUCT_REFERENCE,
  type ProductReferenceData,
  TENDERS_LIST,
  TENDERS_PAGE_SIZE,
  type TendersListData,
} from '../../graphql/productDocuments.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Pager } from '../../ui/Pager.js';
import { Empty, ErrorNotice, Loading } from '../../ui/Status.js';
import { RequireMember } from '../bids/RequireMember.js';
import { NoticeImport } from './NoticeImport.js';
import { TenderFacts } from './TenderFacts.js';
import { TenderForm } from './TenderForm.js';

/** The page of the list named by the URL: `?page=3&after=<cursor>` forwards, `?before=` backwards. */
function useListPage() {
  const params = new URLSearchParams(useSearch());
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  const before = params.get('before');
  const after = params.get('after');
  if (page > 1 && before) return { page, variables: { last: TENDERS_PAGE_SIZE, before } };
  if (page > 1 && after) return { page, variables: { first: TENDERS_PAGE_SIZE, after } };
  return { page: 1, variables: { first: TENDERS_PAGE_SIZE } };
}

function Tenders() {
  const { t, plural } = useI18n();
  const [, navigate] = useLocation();
  const { page, variables } = useListPage();
  const [reference] = useQuery<ProductReferenceData>({ query: PRODUCT_REFERENCE });
  const [list, retry] = useQuery<TendersListData>({
    query: TENDERS_LIST,
    variables,
    requestPolicy: 'cache-and-network',
  });
  const connection = list.data?.tenders;
  const tenders = connection?.edges.map((e) => e.node) ?? [];
  const pageInfo = connection?.pageInfo;
  return (
    <>
      {reference.data ? <TenderForm reference={reference.data} /> : <Loading />}
      <NoticeImport
        onImported={() => {
          navigate('/tenders');
          retry({ requestPolicy: 'network-only' });
        }}
      />
      <section className="section" aria-labelledby="tenders-list-title">
        <h2 id="tenders-list-title">{t('tenders.list')}</h2>
        {connection && connection.totalCount > 0 && (
          <p className="tenders-count">{plural('tenders.count', connection.totalCount)}</p>
        )}
        {list.error && (
          <ErrorNotice error={list.error} onRetry={() => retry({ requestPolicy: 'network-only' })} />
        )}
        {!list.data && list.fetching && <Loading />}
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
        {pageInfo && (
          <Pager
            page={page}
            hasNext={pageInfo.hasNextPage}
            onPrevious={() =>
              navigate(
                page <= 2 || !pageInfo.startCursor
                  ? '/tenders'
                  : `/tenders?page=${page - 1}&before=${encodeURIComponent(pageInfo.startCursor)}`,
              )
            }
            onNext={() => {
              if (pageInfo.endCursor) {
                navigate(`/tenders?page=${page + 1}&after=${encodeURIComponent(pageInfo.endCursor)}`);
              }
            }}
          />
        )}
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
