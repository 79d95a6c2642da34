import type { PasswordLink } from '@signoff/contracts';
import { CopyLinkField } from './copy-link-field';

const expiryFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });

export interface PasswordLinkBoxProps {
  link: PasswordLink;
  personName: string;
}

/** A one-time link shown once: the admin copies it and sends it to the person privately. */
export function PasswordLinkBox({ link, personName }: PasswordLinkBoxProps) {
  return (
    <div className="link-box">
      <CopyLinkField label={`One-time password link for ${personName}`} url={link.url} />
      <p className="link-box__expiry">
        Expires{' '}
        <time dateTime={link.expiresAt}>{expiryFormat.format(new Date(link.expiresAt))}</time>. It
        works once. Send it to {personName} privately; it will not be shown again.
      </p>
    </div>
  );
}
