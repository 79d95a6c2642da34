import { ROLES, ROLE_TITLES, type Role, type RoleGrant } from '@signoff/contracts';
import { useId } from 'react';
import { Checkbox, CheckboxGroup, Label } from 'react-aria-components';

export interface AdminCentre {
  centreId: string;
  centreName: string;
}

/** Roles chosen at each centre, by centre id. */
export type RoleSelection = Record<string, Role[]>;

export function toRoleGrants(selection: RoleSelection): RoleGrant[] {
  return Object.entries(selection).flatMap(([centreId, roles]) =>
    ROLES.filter((role) => roles.includes(role)).map((role) => ({ centreId, role })),
  );
}

export function toRoleSelection(grants: readonly RoleGrant[]): RoleSelection {
  const selection: RoleSelection = {};
  for (const grant of grants) (selection[grant.centreId] ??= []).push(grant.role);
  return selection;
}

export interface RoleCheckboxesProps {
  centres: readonly AdminCentre[];
  value: RoleSelection;
  onChange: (value: RoleSelection) => void;
  error?: string | null;
}

export function RoleCheckboxes({ centres, value, onChange, error }: RoleCheckboxesProps) {
  const errorId = useId();
  return (
    <div className="role-groups">
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
      {centres.map((centre) => (
        <CheckboxGroup
          key={centre.centreId}
          className="checkbox-group"
          name="roles"
          value={value[centre.centreId] ?? []}
          onChange={(roles) => onChange({ ...value, [centre.centreId]: roles as Role[] })}
          isInvalid={Boolean(error)}
          aria-describedby={error ? errorId : undefined}
        >
          <Label className="field__label">Roles at {centre.centreName}</Label>
          <div className="checkbox-group__options">
            {ROLES.map((role) => (
              <Checkbox key={role} value={role} className="checkbox">
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
