import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Checkbox, FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import {
  useController,
  useFormContext,
  type Control,
  type FieldValues,
  type Path,
  type PathValue,
} from 'react-hook-form';
import { SelectField, type SelectFieldProps } from '../select-field';
import { TextAreaField, type TextAreaFieldProps } from '../text-area-field';
import { TextField, type TextFieldProps } from '../text-field';

/**
 * One form value bound to a field of a `ValidatedForm`: its value, its problem in words, the ref
 * react-hook-form focuses when it is the first at fault, and a change that clears the problem.
 */
export function useFormField<Values extends FieldValues, Name extends Path<Values>>(
  control: Control<Values>,
  name: Name,
) {
  const { field, fieldState } = useController({ control, name });
  const { clearErrors } = useFormContext<Values>();
  return {
    name,
    value: field.value as PathValue<Values, Name>,
    ref: field.ref,
    onBlur: field.onBlur,
    onChange(value: PathValue<Values, Name>) {
      field.onChange(value);
      if (fieldState.error) clearErrors(name);
    },
    error: fieldState.error?.message,
  };
}

interface BoundFieldProps<Values extends FieldValues, Name extends Path<Values>> {
  control: Control<Values>;
  name: Name;
}

type Unbound = 'name' | 'value' | 'onChange' | 'onBlur' | 'isInvalid' | 'errorMessage';

/** What a text input or text area takes from its form value: the same for both. */
function useTextBinding<Values extends FieldValues, Name extends Path<Values>>(
  control: Control<Values>,
  name: Name,
) {
  const field = useFormField(control, name);
  return {
    name,
    value: field.value,
    onChange: (value: string) => field.onChange(value as PathValue<Values, Name>),
    onBlur: field.onBlur,
    inputRef: field.ref,
    isInvalid: Boolean(field.error),
    errorMessage: field.error,
  };
}

export type FormTextFieldProps<Values extends FieldValues, Name extends Path<Values>> = Omit<
  TextFieldProps,
  Unbound | 'inputRef'
> &
  BoundFieldProps<Values, Name>;

/** A text input (also `type="date"`, `"email"`, `"password"`) holding a string value. */
export function FormTextField<Values extends FieldValues, Name extends Path<Values>>({
  control,
  name,
  ...props
}: FormTextFieldProps<Values, Name>) {
  return <TextField {...props} {...useTextBinding(control, name)} />;
}

export type FormTextAreaFieldProps<Values extends FieldValues, Name extends Path<Values>> = Omit<
  TextAreaFieldProps,
  Unbound | 'inputRef'
> &
  BoundFieldProps<Values, Name>;

export function FormTextAreaField<Values extends FieldValues, Name extends Path<Values>>({
  control,
  name,
  ...props
}: FormTextAreaFieldProps<Values, Name>) {
  return <TextAreaField {...props} {...useTextBinding(control, name)} />;
}

export type FormSelectFieldProps<Values extends FieldValues, Name extends Path<Values>> = Omit<
  SelectFieldProps,
  Unbound | 'triggerRef'
> &
  BoundFieldProps<Values, Name> & {
    /** Called after the value changes, e.g. to clear what depended on the old choice. */
    onChosen?: (value: string | null) => void;
  };

/** A choice from a list, holding the chosen option's id or null. */
export function FormSelectField<Values extends FieldValues, Name extends Path<Values>>({
  control,
  name,
  onChosen,
  ...props
}: FormSelectFieldProps<Values, Name>) {
  const field = useFormField(control, name);
  return (
    <SelectField
      {...props}
      name={name}
      value={field.value}
      onChange={(value) => {
        field.onChange(value as PathValue<Values, Name>);
        onChosen?.(value);
      }}
      triggerRef={field.ref}
      isInvalid={Boolean(field.error)}
      errorMessage={field.error}
    />
  );
}

export interface FormCheckboxProps<
  Values extends FieldValues,
  Name extends Path<Values>,
> extends BoundFieldProps<Values, Name> {
  /** The drawn box and the box's words. */
  children: ReactNode;
  isRequired?: boolean;
  /** The id of text that explains the box, read after its problem. */
  'aria-describedby'?: string;
}

/** A box to tick, holding a boolean; its problem shows above it. */
export function FormCheckbox<Values extends FieldValues, Name extends Path<Values>>({
  control,
  name,
  children,
  isRequired,
  'aria-describedby': describedBy,
}: FormCheckboxProps<Values, Name>) {
  const field = useFormField(control, name);
  const errorId = useId();
  return (
    <div>
      {field.error ? (
        <p id={errorId} className="field__error">
          {field.error}
        </p>
      ) : null}
      <Checkbox
        className="checkbox checkbox--top"
        name={name}
        inputRef={field.ref}
        isSelected={Boolean(field.value)}
        onChange={(value) => field.onChange(value as PathValue<Values, Name>)}
        onBlur={field.onBlur}
        isRequired={isRequired}
        isInvalid={Boolean(field.error)}
        aria-describedby={
          [field.error ? errorId : null, describedBy].filter(Boolean).join(' ') || undefined
        }
      >
        {children}
      </Checkbox>
    </div>
  );
}

export interface RadioOption {
  id: string;
  label: string;
  /** Words under the option's label: what choosing it leads to. */
  description?: string;
}

export interface FormRadioGroupProps<
  Values extends FieldValues,
  Name extends Path<Values>,
> extends BoundFieldProps<Values, Name> {
  label: string;
  description?: string;
  options: readonly RadioOption[];
  isRequired?: boolean;
}

/** One choice of a few, all in view, holding the chosen option's id or null. */
export function FormRadioGroup<Values extends FieldValues, Name extends Path<Values>>({
  control,
  name,
  label,
  description,
  options,
  isRequired,
}: FormRadioGroupProps<Values, Name>) {
  const field = useFormField(control, name);
  const groupRef = useRef<HTMLDivElement>(null);
  const { ref } = field;
  // At fault, the chosen option (or the first) takes focus, as a single input would.
  useEffect(
    () =>
      ref({
        focus: () =>
          (
            groupRef.current?.querySelector<HTMLInputElement>('input:checked') ??
            groupRef.current?.querySelector<HTMLInputElement>('input')
          )?.focus(),
      }),
    [ref],
  );
  return (
    <RadioGroup
      ref={groupRef}
      className="field radio-group"
      name={name}
      value={(field.value as string | null) ?? null}
      onChange={(value) => field.onChange(value as PathValue<Values, Name>)}
      onBlur={field.onBlur}
      isRequired={isRequired}
      isInvalid={Boolean(field.error)}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field__error">{field.error}</FieldError>
      <div className="radio-group__options">
        {options.map((option) => (
          <Radio key={option.id} value={option.id} className="radio">
            <span className="radio__circle" aria-hidden="true" />
            <span className="radio__words">
              <span className="radio__label">{option.label}</span>
              {option.description ? (
                <span className="radio__description">{option.description}</span>
              ) : null}
            </span>
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
