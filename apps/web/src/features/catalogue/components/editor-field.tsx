import { TextField, type TextFieldProps } from '../../../components/text-field';
import { useDraftEditor } from '../hooks/use-draft-editor';
import type { DraftForm } from '../lib/draft-form';
import { placeId } from '../lib/problem-places';
import { problemText } from './place-problems';

export interface EditorFieldProps extends Omit<
  TextFieldProps,
  'value' | 'onChange' | 'id' | 'isInvalid' | 'errorMessage'
> {
  /** The dotted path of the field in the document, as the API names it. */
  path: string;
  value: string;
  /** The form with this field set to the typed text. */
  update: (form: DraftForm, text: string) => DraftForm;
  numeric?: boolean;
}

/** A text box of the draft editor, showing the problems the API found at its path. */
export function EditorField({
  label,
  path,
  value,
  update,
  numeric = false,
  className,
  ...props
}: EditorFieldProps) {
  const { placed, edit, document } = useDraftEditor();
  const message = problemText(placed.get(path), path, document, label);
  return (
    <TextField
      {...props}
      label={label}
      id={placeId(path)}
      value={value}
      onChange={(text) => edit(path, (form) => update(form, text))}
      isInvalid={Boolean(message)}
      errorMessage={message}
      inputMode={numeric ? 'numeric' : undefined}
      className={
        [numeric ? 'field--number' : null, className].filter(Boolean).join(' ') || undefined
      }
    />
  );
}
