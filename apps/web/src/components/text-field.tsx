import type { ReactNode, Ref } from 'react';
import {
  FieldError,
  Input,
  Label,
  Text,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';

export interface TextFieldProps extends Omit<AriaTextFieldProps, 'className' | 'children'> {
  label: string;
  description?: string;
  placeholder?: string;
  /** Words for the error when the field is marked invalid by `isInvalid` rather than by a form. */
  errorMessage?: ReactNode;
  className?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function TextField({
  label,
  description,
  placeholder,
  errorMessage,
  className,
  inputRef,
  ...props
}: TextFieldProps) {
  return (
    <AriaTextField {...props} className={className ? `field ${className}` : 'field'}>
      <Label className="field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field__error">{errorMessage}</FieldError>
      <Input ref={inputRef} className="field__input" placeholder={placeholder} />
    </AriaTextField>
  );
}
