import type { PasswordLink } from '@signoff/contracts';
import { useRef, useState } from 'react';
import { Input, Label, TextField } from 'react-aria-components';
import { Button } from './button';

const expiryFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });

export interface PasswordLinkBoxProps {
  link: PasswordLink;
  personName: string;
}

/** A one-time link shown once: the admin copies it and sends it to the person privately. */
export function PasswordLinkBox({ link, personName }: PasswordLinkBoxProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyStatus, setCopyStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(link.url);
      setCopyStatus('Link copied.');
    } catch {
      inputRef.current?.select();
      setCopyStatus('Copying was blocked. The link is selected: copy it with Ctrl+C or ⌘C.');
    }
  }

  return (
    <div className="link-box">
      <TextField value={link.url} isReadOnly className="field">
        <Label className="field__label">One-time password link for {personName}</Label>
        <div className="link-box__row">
          <Input
            ref={inputRef}
            className="field__input link-box__input"
            onFocus={(event) => event.currentTarget.select()}
          />
          <Button variant="secondary" onPress={copy}>
            Copy link
          </Button>
        </div>
      </TextField>
      <p className="link-box__expiry">
        Expires{' '}
        <time dateTime={link.expiresAt}>{expiryFormat.format(new Date(link.expiresAt))}</time>. It
        works once. Send it to {personName} privately; it will not be shown again.
      </p>
      <p role="status" className="link-box__status">
        {copyStatus}
      </p>
    </div>
  );
}
