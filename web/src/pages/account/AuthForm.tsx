// Sign-in and sign-up are one form shape: a title, credential fields with their problems, a
// submit button and a link to the other screen; on success the session is refreshed and the
// reader moves on. This is that shape and that submission, written once.
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { Link, useLocation } from 'wouter';
import { useSession } from '../../app/session.js';
import { useDocumentTitle } from '../../app/useDocumentTitle.js';
import type { SessionData } from '../../graphql/accountDocuments.js';
import { fieldProblems } from '../../graphql/fieldProblems.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { Language, MessageKey } from '../../i18n/messages.js';
import { TextField } from '../../ui/Field.js';
import { FormProblems } from './FormProblems.js';

/** One credential field: its name (also the API's field name), label and browser autofill hint. */
export interface AuthFieldSpec<F extends string> {
  name: F;
  label: MessageKey;
  autoComplete: string;
  type?: 'email' | 'password';
  hint?: MessageKey;
}

interface AuthFormProps<F extends string, K extends string> {
  title: MessageKey;
  action: MessageKey;
  fields: readonly AuthFieldSpec<F>[];
  /** The mutation and the field of its answer that carries the new session. */
  mutation: string;
  answer: K;
  variables(values: Record<F, string>, language: Language): Record<string, unknown>;
  /** Where the reader goes once signed in. */
  destination: string;
  other: { href: string; label: MessageKey };
}

export function AuthForm<F extends string, K extends string>({
  title,
  action,
  fields,
  mutation,
  answer,
  variables,
  destination,
  other,
}: AuthFormProps<F, K>) {
  const i18n = useI18n();
  const { t, language } = i18n;
  useDocumentTitle(t(title));
  const { refresh } = useSession();
  const [, navigate] = useLocation();
  const [values, setValues] = useState(
    () => Object.fromEntries(fields.map((field) => [field.name, ''])) as Record<F, string>,
  );
  const [result, run] = useMutation<Record<K, SessionData>>(mutation);
  const problems = fieldProblems(
    result.error,
    fields.map((field) => field.name),
    i18n,
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await run(variables(values, language));
    if (outcome.data?.[answer]) {
      refresh();
      navigate(destination);
    }
  }

  return (
    <>
      <h1>{t(title)}</h1>
      <form className="form" onSubmit={submit} noValidate>
        <FormProblems problems={problems} />
        {fields.map((field) => (
          <TextField
            key={field.name}
            label={t(field.label)}
            type={field.type}
            name={field.name}
            autoComplete={field.autoComplete}
            hint={field.hint && t(field.hint)}
            value={values[field.name]}
            onChange={(value) => setValues((current) => ({ ...current, [field.name]: value }))}
            error={problems.byField[field.name]}
            required
          />
        ))}
        <div>
          <button type="submit" className="button" disabled={result.fetching}>
            {t(action)}
          </button>
        </div>
        <p>
          <Link href={other.href}>{t(other.label)}</Link>
        </p>
      </form>
    </>
  );
}
