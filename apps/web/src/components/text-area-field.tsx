import type { ReactNode, Ref } from 'react';
import {
  FieldError,
  Label,
  Text,
  TextArea,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';

export interface TextAreaFieldProps extends Omit<AriaTextFieldProps, 'className' | 'children'> {
  label: string;
  description?: string;
  /** Words for the error when the field is marked invalid by `isInvalid`. */
  errorMessage?: ReactNode;
  rows?: number;
  /** e.g. `field__input--code` for JSON. */
  inputClassName?: string;
  inputRef?: Ref<HTMLTextAreaElement>;
}

export function TextAreaField({
  label,
  description,
  errorMessage,
  rows = 4,
  inputClassName,
  inputRef,
  ...props
}: TextAreaFieldProps) {
  return (
    <AriaTextField {...props} className="field">
      <Label className="field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field__error">{errorMessage}</FieldError>
      <TextArea
        ref={inputRef}
        rows={rows}
        className={inputClassName ? `field__input ${inputClassName}` : 'field__input'}
      />
    </AriaTextField>
  );
}
