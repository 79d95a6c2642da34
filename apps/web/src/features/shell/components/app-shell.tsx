import type { Role } from '@signoff/contracts';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { MainNav } from './main-nav';
import { SkipLink } from './skip-link';

export interface AppShellProps {
  displayName: string;
  roles: readonly Role[];
  /** The sign-out control, supplied by the app so the shell needs no session of its own. */
  signOut: ReactNode;
  children: ReactNode;
}

export function AppShell({ displayName, roles, signOut, children }: AppShellProps) {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname, state } = useLocation();
  const firstRender = useRef(true);
  // A page that only changes its address (a new draft saved under its own) keeps focus where
  // the person is typing.
  const keepFocus =
    typeof state === 'object' &&
    state !== null &&
    (state as { keepFocus?: unknown }).keepFocus === true;

  // After client-side navigation move focus to the new page, as a full page load would,
  // so keyboard and screen reader users start at its content.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (keepFocus) return;
    mainRef.current?.focus();
    // Only a change of page moves focus; keepFocus is read as it is when the page changes.
  }, [pathname]);

  return (
    <div className="layout">
      <SkipLink />
      <header className="header">
        <div className="header__inner">
          <Link to="/" className="header__product">
            Signoff
          </Link>
          <div className="header__account">
            <span className="header__user">
              <span className="visually-hidden">Signed in as </span>
              {displayName}
            </span>
            <NavLink to="/account/password" className="header__link">
              Change password
            </NavLink>
          </div>
          <div className="header__sign-out">{signOut}</div>
        </div>
        <MainNav roles={roles} />
      </header>
      <main id="main-content" ref={mainRef} tabIndex={-1} className="main">
        {children}
      </main>
    </div>
  );
}
