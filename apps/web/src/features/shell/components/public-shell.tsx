import type { ReactNode } from 'react';
import { SkipLink } from './skip-link';

export interface PublicShellProps {
  children: ReactNode;
}

/** The frame for pages seen without signing in: sign-in, set password, not found. */
export function PublicShell({ children }: PublicShellProps) {
  return (
    <div className="layout">
      <SkipLink />
      <header className="header">
        <div className="header__inner header__inner--public">
          <span className="header__product">Signoff</span>
        </div>
      </header>
      <main id="main-content" tabIndex={-1} className="main main--narrow">
        {children}
      </main>
    </div>
  );
}
