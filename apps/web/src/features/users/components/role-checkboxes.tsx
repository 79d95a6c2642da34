import { ROLES, ROLE_TITLES, type Role } from '@signoff/contracts';
import { useId } from 'react';
import { Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import type { Control } from 'react-hook-form';
import { useFormField } from '../../../components/form/form-fields';
import type { RoleSelection } from '../lib/user-forms';

export interface AdminCentre {
  centreId: string;
  centreName: string;
}

export interface RoleCheckboxesProps<Values extends { roles: RoleSelection }> {
  control: Control<Values>;
  centres: readonly AdminCentre[];
}

/** The roles a person holds at each of the admin's centres: one group of boxes per centre. */
export function RoleCheckboxes<Values extends { roles: RoleSelection }>({
  control,
  centres,
}: RoleCheckboxesProps<Values>) {
  const field = useFormField(control as unknown as Control<{ roles: RoleSelection }>, 'roles');
  const errorId = useId();
  return (
    <div className="role-groups">
      {field.error ? (
        <p id={errorId} className="field__error">
          {field.error}
        </p>
      ) : null}
      {centres.map((centre, centreIndex) => (
        <CheckboxGroup
          key={centre.centreId}
          className="checkbox-group"
          name="roles"
          value={field.value[centre.centreId] ?? []}
          onChange={(roles) =>
            field.onChange({ ...field.value, [centre.centreId]: roles as Role[] })
          }
          isInvalid={Boolean(field.error)}
          aria-describedby={field.error ? errorId : undefined}
        >
          <Label className="field__label">Roles at {centre.centreName}</Label>
          <div className="checkbox-group__options">
            {ROLES.map((role, roleIndex) => (
              <Checkbox
                key={role}
                value={role}
                className="checkbox"
                // The first box takes focus when no role is chosen.
                inputRef={centreIndex === 0 && roleIndex === 0 ? field.ref : undefined}
              >
                <span className="checkbox__box" aria-hidden="true">
                  <svg viewBox="0 0 18 18" className="checkbox__tick" focusable="false">
                    <polyline points="3.5 9.5 7.5 13 14.5 5" />
                  </svg>
                </span>
                {ROLE_TITLES[role]}
              </Checkbox>
            ))}
          </div>
        </CheckboxGroup>
      ))}
    </div>
  );
}
