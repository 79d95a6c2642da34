import type { ReactNode } from 'react';

export interface StatusMessageProps {
  children?: ReactNode;
}

/** A polite announcement of success, e.g. after a password change. */
export function StatusMessage({ children }: StatusMessageProps) {
  return (
    <div role="status" className={children ? 'alert alert--success' : 'alert alert--empty'}>
      {children ?? null}
    </div>
  );
}
