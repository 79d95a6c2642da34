import { ChangePasswordForm } from '../../features/auth/components/change-password-form';
import { useDocumentTitle } from '../../hooks/use-document-title';

export function ChangePasswordRoute() {
  useDocumentTitle('Change password');
  return (
    <div className="narrow">
      <h1>Change password</h1>
      <p className="lead">Changing your password signs you out on every other device.</p>
      <ChangePasswordForm />
    </div>
  );
}
