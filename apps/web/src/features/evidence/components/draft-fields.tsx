import { EVIDENCE_LIMITS } from '@signoff/contracts';
import { useEffect, useId } from 'react';
import type { Control, FieldValues, Path, PathValue } from 'react-hook-form';
import {
  FormTextField,
  useFormField,
  type FormTextFieldProps,
} from '../../../components/form/form-fields';
import { NarrativeEditor } from './narrative-editor';

/**
 * Enter in a field does not submit the draft: submitting (or signing) is a declaration, pressed
 * for on purpose, and the draft saves by itself.
 */
export function stayOnEnter(event: { key: string; preventDefault: () => void }) {
  if (event.key === 'Enter') event.preventDefault();
}

/** A draft's title: required, short; `description` gives an example in the writer's words. */
export function DraftTitleField<Values extends FieldValues & { title: string }>({
  control,
  description,
}: {
  control: Control<Values>;
  description: string;
}) {
  return (
    <FormTextField
      control={control}
      name={'title' as Path<Values>}
      label="Title"
      description={description}
      maxLength={EVIDENCE_LIMITS.titleMaxLength}
      onKeyDown={stayOnEnter}
      isRequired
    />
  );
}

/** A draft's day (`type="date"`) or time of day (`type="time"`): required; Enter stays put. */
export function DraftWhenField<Values extends FieldValues, Name extends Path<Values>>({
  type,
  ...field
}: Omit<FormTextFieldProps<Values, Name>, 'type' | 'className' | 'onKeyDown' | 'isRequired'> & {
  type: 'date' | 'time';
}) {
  return (
    <FormTextField
      {...field}
      type={type}
      className={`field--${type}`}
      onKeyDown={stayOnEnter}
      isRequired
    />
  );
}

/**
 * A draft's rich text (the narrative, what was observed, the notes), bound to the form's
 * `narrative`: react-hook-form focuses its editable region when at fault.
 */
export function NarrativeField<Values extends FieldValues & { narrative: string }>({
  control,
  label,
  description,
}: {
  control: Control<Values>;
  label: string;
  description: string;
}) {
  const narrative = useFormField(control, 'narrative' as Path<Values>);
  const id = useId();
  const { ref } = narrative;
  useEffect(() => ref({ focus: () => document.getElementById(id)?.focus() }), [ref, id]);
  return (
    <NarrativeEditor
      id={id}
      label={label}
      description={description}
      initialHtml={narrative.value as string}
      onChange={(html) => narrative.onChange(html as PathValue<Values, Path<Values>>)}
      errorMessage={narrative.error}
    />
  );
}
