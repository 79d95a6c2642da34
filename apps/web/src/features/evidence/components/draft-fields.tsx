import { useEffect, useId } from 'react';
import type { Control, FieldValues, Path, PathValue } from 'react-hook-form';
import { useFormField } from '../../../components/form/form-fields';
import { NarrativeEditor } from './narrative-editor';

/**
 * Enter in a field does not submit the draft: submitting (or signing) is a declaration, pressed
 * for on purpose, and the draft saves by itself.
 */
export function stayOnEnter(event: { key: string; preventDefault: () => void }) {
  if (event.key === 'Enter') event.preventDefault();
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
