import type { ReactNode, Ref } from 'react';
import {
  Button as AriaButton,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
} from 'react-aria-components';

export interface SelectOption {
  id: string;
  label: string;
}

export interface SelectFieldProps {
  label: string;
  description?: string;
  placeholder?: string;
  /** The form field's name: errors from the form's `validationErrors` show under the label. */
  name?: string;
  options: readonly SelectOption[];
  value: string | null;
  onChange: (value: string | null) => void;
  isRequired?: boolean;
  isDisabled?: boolean;
  /** Marks the field invalid without a form, with `errorMessage` as the words. */
  isInvalid?: boolean;
  errorMessage?: ReactNode;
  className?: string;
  /** The button that opens the list: what takes focus when the field is at fault. */
  triggerRef?: Ref<HTMLButtonElement>;
}

/** A labelled choice from a list, drawn as a button and a list box (the native select cannot be styled to fit). */
export function SelectField({
  label,
  description,
  placeholder = 'Choose…',
  name,
  options,
  value,
  onChange,
  isRequired,
  isDisabled,
  isInvalid,
  errorMessage,
  className,
  triggerRef,
}: SelectFieldProps) {
  return (
    <Select
      className={className ? `field ${className}` : 'field'}
      name={name}
      selectedKey={value}
      onSelectionChange={(key) => onChange(key === null ? null : String(key))}
      isRequired={isRequired}
      isDisabled={isDisabled}
      isInvalid={isInvalid}
      placeholder={placeholder}
    >
      <Label className="field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field__error">{errorMessage}</FieldError>
      <AriaButton ref={triggerRef} className="select__button">
        <SelectValue className="select__value" />
        <span aria-hidden="true" className="select__arrow">
          ▾
        </span>
      </AriaButton>
      <Popover className="popover" placement="bottom start">
        <ListBox className="menu" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="menu__item">
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
