import type { UserSummary } from '@signoff/contracts';
import { useState } from 'react';
import { Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { Button } from '../../../components/button';
import { EditRolesDialog } from './edit-roles-dialog';
import { PasswordLinkDialog } from './password-link-dialog';
import type { AdminCentre } from './role-checkboxes';
import { UserStatusDialog } from './user-status-dialog';

type OpenDialog = 'roles' | 'status' | 'password-link' | null;

export interface UserActionsProps {
  user: UserSummary;
  centres: readonly AdminCentre[];
  /** The signed-in admin may not disable themselves. */
  isCurrentUser: boolean;
}

export function UserActions({ user, centres, isCurrentUser }: UserActionsProps) {
  const [open, setOpen] = useState<OpenDialog>(null);
  const closeUnless = (dialog: OpenDialog) => (isOpen: boolean) => setOpen(isOpen ? dialog : null);

  return (
    <>
      <MenuTrigger>
        <Button
          variant="secondary"
          className="button--small"
          aria-label={`Actions for ${user.displayName}`}
        >
          Actions <span aria-hidden="true">▾</span>
        </Button>
        <Popover className="popover" placement="bottom end">
          <Menu className="menu" onAction={(key) => setOpen(key as OpenDialog)}>
            <MenuItem id="roles" className="menu__item">
              Edit roles
            </MenuItem>
            {isCurrentUser ? null : (
              <MenuItem id="status" className="menu__item">
                {user.disabled ? 'Enable' : 'Disable'}
              </MenuItem>
            )}
            <MenuItem id="password-link" className="menu__item">
              Issue password reset link
            </MenuItem>
          </Menu>
        </Popover>
      </MenuTrigger>
      <EditRolesDialog
        user={user}
        centres={centres}
        isOpen={open === 'roles'}
        onOpenChange={closeUnless('roles')}
      />
      <UserStatusDialog
        user={user}
        isOpen={open === 'status'}
        onOpenChange={closeUnless('status')}
      />
      <PasswordLinkDialog
        user={user}
        isOpen={open === 'password-link'}
        onOpenChange={closeUnless('password-link')}
      />
    </>
  );
}
