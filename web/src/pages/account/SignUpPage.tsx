// Create an account (which creates the member profile) and go on to the profile screen.
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { Link, useLocation } from 'wouter';
import { useSession } from '../../app/session.js';
import { useDocumentTitle } from '../../app/useDocumentTitle.js';
import { type SessionData, SIGN_UP } from '../../graphql/accountDocuments.js';
import { fieldProblems } from '../../graphql/fieldProblems.js';
import { graphqlLanguage } from '../../graphql/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { TextField } from '../../ui/Field.js';
import { FormProblems } from './FormProblems.js';

const FIELDS = ['name', 'email', 'password'] as const;

export default function SignUpPage() {
  const i18n = useI18n();
  const { t, language } = i18n;
  useDocumentTitle(t('auth.signUpTitle'));
  const { refresh } = useSession();
  const [, navigate] = useLocation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [result, signUp] = useMutation<{ signUp: SessionData }>(SIGN_UP);
  const problems = fieldProblems(result.error, FIELDS, i18n);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await signUp({
      input: { name, email, password, preferredLanguage: graphqlLanguage(language) },
    });
    if (outcome.data?.signUp) {
      refresh();
      navigate('/me');
    }
  }

  return (
    <>
      <h1>{t('auth.signUpTitle')}</h1>
      <form className="form" onSubmit={submit} noValidate>
        <FormProblems problems={problems} />
        <TextField
          label={t('auth.name')}
          name="name"
          autoComplete="name"
          value={name}
          onChange={setName}
          error={problems.byField.name}
          required
        />
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
          autoComplete="new-password"
          hint={t('auth.passwordHint')}
          value={password}
          onChange={setPassword}
          error={problems.byField.password}
          required
        />
        <div>
          <button type="submit" className="button" disabled={result.fetching}>
            {t('auth.signUpAction')}
          </button>
        </div>
        <p>
          <Link href="/signin">{t('auth.haveAccount')}</Link>
        </p>
      </form>
    </>
  );
}
