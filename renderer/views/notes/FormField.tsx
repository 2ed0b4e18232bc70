// One labelled form field with an optional hint and error, wired with aria-describedby and
// aria-invalid so a screen reader reads the hint and the error with the field.
import { useId } from 'react';
import type { ReactNode } from 'react';

export interface FieldProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export function FormField(props: {
  label: string;
  hint?: string;
  error?: string;
  children: (field: FieldProps) => ReactNode;
}) {
  const id = useId();
  const describedBy =
    [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <p id={`${id}-hint`} className="field-hint">
          {props.hint}
        </p>
      )}
      {props.children({
        id,
        'aria-describedby': describedBy,
        'aria-invalid': props.error ? true : undefined,
      })}
      {props.error && (
        <p id={`${id}-error`} className="field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}
