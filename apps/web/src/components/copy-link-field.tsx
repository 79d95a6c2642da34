import { useRef, useState } from 'react';
import { Input, Label, TextField } from 'react-aria-components';
import { Button } from './button';

export interface CopyLinkFieldProps {
  /** What the link is, e.g. "One-time password link for Sam Patel". */
  label: string;
  url: string;
}

/**
 * A link shown for copying: the whole address in a read-only field and a "Copy link" button.
 * Where the browser refuses the clipboard (an insecure origin, a denied permission) the address
 * is selected instead, so the person copies it themself.
 */
export function CopyLinkField({ label, url }: CopyLinkFieldProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyStatus, setCopyStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopyStatus('Link copied.');
    } catch {
      inputRef.current?.select();
      setCopyStatus('Copying was blocked. The link is selected: copy it with Ctrl+C or ⌘C.');
    }
  }

  return (
    <>
      <TextField value={url} isReadOnly className="field">
        <Label className="field__label">{label}</Label>
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
      <p role="status" className="link-box__status">
        {copyStatus}
      </p>
    </>
  );
}
