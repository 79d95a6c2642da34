import type { ReactNode } from 'react';
import { SkipLink } from './skip-link';

export interface PublicShellProps {
  /** Who the page is from, in place of the product's name: a centre, to its witness. */
  heading?: string;
  children: ReactNode;
}

/** The frame for pages seen without signing in: sign-in, set password, not found, a witness's. */
export function PublicShell({ heading = 'Signoff', children }: PublicShellProps) {
  return (
    <div className="layout">
      <SkipLink />
      <header className="header">
        <div className="header__inner header__inner--public">
          <span className="header__product">{heading}</span>
        </div>
      </header>
      <main id="main-content" tabIndex={-1} className="main main--narrow">
        {children}
      </main>
    </div>
  );
}
