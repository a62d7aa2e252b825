// Members to invite into one filière: computed on demand by a job followed live, then listed
// with the reason, to add to the filière or dismiss.
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import {
  ACCEPT_FILIERE_PROPOSAL,
  DISMISS_FILIERE_SUGGESTION,
  FILIERE_INVITATIONS,
  type FiliereInvitationsData,
  REQUEST_FILIERE_SUGGESTIONS,
  type RequestFiliereSuggestionsData,
} from '../../graphql/productDocuments.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Empty, ErrorNotice } from '../../ui/Status.js';
import { JobStatus } from '../tenders/JobStatus.js';
import { useJobProgress } from '../tenders/useJobProgress.js';

export function FiliereInvitations({ slug, label }: { slug: string; label: string }) {
  const { t } = useI18n();
  const [result, reload] = useQuery<FiliereInvitationsData>({
    query: FILIERE_INVITATIONS,
    variables: { filiere: slug },
    requestPolicy: 'cache-and-network',
  });
  const reloadNow = () => reload({ requestPolicy: 'network-only' });
  const [asked, ask] = useMutation<RequestFiliereSuggestionsData>(REQUEST_FILIERE_SUGGESTIONS);
  const [accepted, accept] = useMutation(ACCEPT_FILIERE_PROPOSAL);
  const [dismissed, dismiss] = useMutation(DISMISS_FILIERE_SUGGESTION);
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJobProgress(jobId, reloadNow);
  const error = result.error ?? asked.error ?? accepted.error ?? dismissed.error;
  const list = result.data?.filiereInvitationSuggestions ?? [];
  return (
    <div>
      <div className="toolbar">
        <button
          type="button"
          className="button button--quiet"
          onClick={() =>
            void ask({ filiere: slug }).then((r) => r.data && setJobId(r.data.requestFiliereSuggestions))
          }
        >
          {t('conseiller.findMembers', { name: label })}
        </button>
      </div>
      {error && <ErrorNotice error={error} />}
      <JobStatus job={job} />
      {result.data && list.length === 0 && <Empty>{t('conseiller.noInvitations')}</Empty>}
      <ul className="plain-list" aria-label={t('conseiller.toInvite', { name: label })}>
        {list.map((s) => (
          <li key={s.id}>
            <Link href={`/members/${encodeURIComponent(s.member.handle)}`}>{s.member.name}</Link>{' '}
            <span>— {s.explanation}</span>{' '}
            <button
              type="button"
              className="button button--quiet"
              onClick={() => void accept({ id: s.id }).then(reloadNow)}
            >
              {t('conseiller.add', { name: s.member.name })}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => void dismiss({ id: s.id }).then(reloadNow)}
            >
              {t('conseiller.dismiss', { name: s.member.name })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
