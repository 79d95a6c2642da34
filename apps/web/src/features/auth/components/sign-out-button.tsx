import { Button } from '../../../components/button';
import { isApiError } from '../../../lib/api-client';
import { useLogout } from '../api/logout';

export interface SignOutButtonProps {
  onSignedOut: () => void;
}

export function SignOutButton({ onSignedOut }: SignOutButtonProps) {
  const logout = useLogout({ onSuccess: onSignedOut });
  return (
    <Button
      variant="quiet"
      isPending={logout.isPending}
      onPress={() =>
        logout.mutate(undefined, {
          // A session that already ended is as good as signed out.
          onError: (error) => {
            if (isApiError(error, 'UNAUTHENTICATED')) onSignedOut();
          },
        })
      }
    >
      Sign out
    </Button>
  );
}
