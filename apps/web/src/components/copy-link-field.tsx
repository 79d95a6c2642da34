import { useRef, useState } from 'react';
import { Input, Label, TextArea, TextField } from 'react-aria-components';
import { Button } from './button';

export interface CopyLinkFieldProps {
  /** What the link is, e.g. "One-time password link for Sam Patel". */
  label: string;
  url: string;
  /** Show the whole address, wrapped over lines, rather than one line that scrolls (for a phone). */
  wraps?: boolean;
}

/**
 * A link shown for copying: the whole address in a read-only field and a "Copy link" button.
 * Where the browser refuses the clipboard (an insecure origin, a denied permission) the address
 * is selected instead, so the person copies it themself.
 */
export function CopyLinkField({ label, url, wraps = false }: CopyLinkFieldProps) {
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
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
          {wraps ? (
            <TextArea
              ref={inputRef}
              rows={3}
              className="field__input link-box__input link-box__input--wraps"
              onFocus={(event) => event.currentTarget.select()}
            />
          ) : (
            <Input
              ref={inputRef}
              className="field__input link-box__input"
              onFocus={(event) => event.currentTarget.select()}
            />
          )}
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
