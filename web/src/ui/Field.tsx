// Labelled form controls: every input has a visible label, an optional hint and an
// error message, both tied to the control with aria-describedby.
import { type ChangeEvent, type ReactNode, useId } from 'react';

interface FieldFrameProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children(ids: { id: string; describedBy: string | undefined }): ReactNode;
}

function FieldFrame({ label, hint, error, children }: FieldFrameProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy })}
      {hint && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="field__error">
          {error}
        </span>
      )}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'search' | 'email' | 'password' | 'date' | 'number';
  hint?: string;
  error?: string | undefined;
  autoComplete?: string;
  required?: boolean;
  name?: string;
  list?: string;
  multiline?: boolean;
}

export function TextField({
  label,
  value,
  onChange,
  type = 'text',
  hint,
  error,
  multiline,
  ...rest
}: TextFieldProps) {
  const change = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value);
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {({ id, describedBy }) =>
        multiline ? (
          <textarea
            id={id}
            value={value}
            onChange={change}
            rows={4}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            name={rest.name}
            required={rest.required}
          />
        ) : (
          <input
            id={id}
            type={type}
            value={value}
            onChange={change}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            {...rest}
          />
        )
      }
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  options: SelectOption[];
  /** Label of the empty choice (no filter); omitted when a value is required. */
  emptyLabel?: string;
  hint?: string;
  error?: string | undefined;
  name?: string;
}

export function SelectField({
  label,
  value,
  onChange,
  options,
  emptyLabel,
  hint,
  error,
  name,
}: SelectFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {({ id, describedBy }) => (
        <select
          id={id}
          name={name}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        >
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
