import { useDocumentTitle } from '../hooks/use-document-title';

export interface UpcomingPageProps {
  title: string;
  children: string;
}

/** A page whose work arrives in a later release: says so plainly and shows no made-up data. */
export function UpcomingPage({ title, children }: UpcomingPageProps) {
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{children}</p>
    </>
  );
}
