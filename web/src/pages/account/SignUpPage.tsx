// Create an account (which creates the member profile) and go on to the profile screen.
import { SIGN_UP } from '../../graphql/accountDocuments.js';
import { graphqlLanguage } from '../../graphql/types.js';
import { type AuthFieldSpec, AuthForm } from './AuthForm.js';

const FIELDS: readonly AuthFieldSpec<'name' | 'email' | 'password'>[] = [
  { name: 'name', label: 'auth.name', autoComplete: 'name' },
  { name: 'email', label: 'auth.email', type: 'email', autoComplete: 'email' },
  {
    name: 'password',
    label: 'auth.password',
    type: 'password',
    autoComplete: 'new-password',
    hint: 'auth.passwordHint',
  },
];

export default function SignUpPage() {
  return (
    <AuthForm
      title="auth.signUpTitle"
      action="auth.signUpAction"
      fields={FIELDS}
      mutation={SIGN_UP}
      answer="signUp"
      variables={(values, language) => ({
        input: { ...values, preferredLanguage: graphqlLanguage(language) },
      })}
      destination="/me"
      other={{ href: '/signin', label: 'auth.haveAccount' }}
    />
  );
}
