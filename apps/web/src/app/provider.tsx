import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { meQueryKey } from '../features/auth/api/get-me';
import { createQueryClient } from '../lib/query-client';

export interface AppProviderProps {
  children: ReactNode;
}

export function AppProvider({ children }: AppProviderProps) {
  const [queryClient] = useState(() =>
    createQueryClient({
      // With no session the signed-in layout sends the person to sign in again.
      onUnauthenticated: (client) => client.setQueryData(meQueryKey, null),
    }),
  );
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
