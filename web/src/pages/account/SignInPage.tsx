// Sign in with e-mail and password; the server sets the session cookie.
import { SIGN_IN } from '../../graphql/accountDocuments.js';
import { type AuthFieldSpec, AuthForm } from './AuthForm.js';

const FIELDS: readonly AuthFieldSpec<'email' | 'password'>[] = [
  { name: 'email', label: 'auth.email', type: 'email', autoComplete: 'email' },
  { name: 'password', label: 'auth.password', type: 'password', autoComplete: 'current-password' },
];

export default function SignInPage() {
  return (
    <AuthForm
      title="auth.signInTitle"
      action="auth.signInAction"
      fields={FIELDS}
      mutation={SIGN_IN}
      answer="signIn"
      variables={({ email, password }) => ({ email, password })}
      destination="/"
      other={{ href: '/signup', label: 'auth.noAccount' }}
    />
  );
}
