// A job followed live, announced politely: waiting, the phase with a progress bar, done or failed.
import { useI18n } from '../../i18n/I18nProvider.js';
import { jobPhaseText } from './jobPhaseText.js';
import type { JobView } from './useJobProgress.js';

export function JobStatus({ job }: { job: JobView }) {
  const { t } = useI18n();
  if (!job) return null;
  const step = job.progress;
  return (
    <div className="notice" role="status" aria-live="polite">
      {job.state === 'FAILED' ? (
        <p>{t('jobs.failed', { message: job.error ?? '' })}</p>
      ) : job.state === 'COMPLETED' ? (
        <p>{t('jobs.completed')}</p>
      ) : step && step.total > 0 ? (
        <>
          <p>{t('jobs.phase', { phase: jobPhaseText(step.phase, t), done: step.done, total: step.total })}</p>
          <progress max={step.total} value={step.done} aria-label={t('jobs.progress')} />
        </>
      ) : (
        <p>{t('jobs.waiting')}</p>
      )}
    </div>
  );
}
