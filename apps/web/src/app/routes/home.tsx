import { RoleHome } from '../../features/home/components/role-home';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useSignedInUser } from './app-layout';

export function HomeRoute() {
  useDocumentTitle('Home');
  return <RoleHome me={useSignedInUser()} />;
}
