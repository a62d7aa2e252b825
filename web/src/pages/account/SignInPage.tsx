// Sign in with e-mail and password; the server sets the session cookie.
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { Link, useLocation } from 'wouter';
import { useSession } from '../../app/session.js';
import { useDocumentTitle } from '../../app/useDocumentTitle.js';
import { type SessionData, SIGN_IN } from '../../graphql/accountDocuments.js';
import { fieldProblems } from '../../graphql/fieldProblems.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { TextField } from '../../ui/Field.js';
import { FormProblems } from './FormProblems.js';

const FIELDS = ['email', 'password'] as const;

export default function SignInPage() {
  const i18n = useI18n();
  const { t } = i18n;
  useDocumentTitle(t('auth.signInTitle'));
  const { refresh } = useSession();
  const [, navigate] = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [result, signIn] = useMutation<{ signIn: SessionData }>(SIGN_IN);
  const problems = fieldProblems(result.error, FIELDS, i18n);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await signIn({ email, password });
    if (outcome.data?.signIn) {
      refresh();
      navigate('/');
    }
  }

  return (
    <>
      <h1>{t('auth.signInTitle')}</h1>
      <form className="form" onSubmit={submit} noValidate>
        <FormProblems problems={problems} />
        <TextField
          label={t('auth.email')}
          type="email"
          name="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={problems.byField.email}
          required
        />
        <TextField
          label={t('auth.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={problems.byField.password}
          required
        />
        <div>
          <button type="submit" className="button" disabled={result.fetching}>
            {t('auth.signInAction')}
          </button>
        </div>
        <p>
          <Link href="/signup">{t('auth.noAccount')}</Link>
        </p>
      </form>
    </>
  );
}
