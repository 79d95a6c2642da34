import { useEffect, useId, useRef, useState, type ClipboardEvent } from 'react';
import { Toolbar } from 'react-aria-components';

type Command = 'bold' | 'italic' | 'insertUnorderedList' | 'insertOrderedList';

const COMMANDS: readonly { command: Command; label: string; mark: string; className: string }[] = [
  { command: 'bold', label: 'Bold', mark: 'B', className: 'rich-text__mark--bold' },
  { command: 'italic', label: 'Italic', mark: 'I', className: 'rich-text__mark--italic' },
  { command: 'insertUnorderedList', label: 'Bulleted list', mark: '•', className: '' },
  { command: 'insertOrderedList', label: 'Numbered list', mark: '1.', className: '' },
];

export interface NarrativeEditorProps {
  label: string;
  description?: string;
  /** HTML as the server keeps it (or as this editor wrote it); read once, when it mounts. */
  initialHtml: string;
  onChange: (html: string) => void;
  errorMessage?: string | null;
  /** The editable region, to focus it when its field has a problem. */
  id?: string;
}

/** The editor's HTML, with what the browser leaves behind in an emptied region removed. */
function htmlOf(region: HTMLElement): string {
  const text = region.textContent?.trim() ?? '';
  if (text === '' && !region.querySelector('li')) return '';
  return region.innerHTML;
}

/*
 * The browser's own editing: a contenteditable region with a few commands. Enter makes
 * paragraphs, pasting keeps only the text (pasted markup would bring styles the CSP refuses and
 * tags the server drops), and the server keeps only its allow-list of tags whatever arrives.
 */
export function NarrativeEditor({
  label,
  description,
  initialHtml,
  onChange,
  errorMessage,
  id,
}: NarrativeEditorProps) {
  const regionRef = useRef<HTMLDivElement>(null);
  const rangeRef = useRef<Range | null>(null);
  const [active, setActive] = useState<ReadonlySet<Command>>(new Set());
  const labelId = useId();
  const descriptionId = useId();
  const errorId = useId();

  useEffect(() => {
    if (regionRef.current) regionRef.current.innerHTML = initialHtml;
    // Only the first value: after that the region is the source of truth.
  }, []);

  // Remember where the caret was, so a toolbar button acts there.
  useEffect(() => {
    function track() {
      const selection = document.getSelection();
      const region = regionRef.current;
      if (!selection || selection.rangeCount === 0 || !region) return;
      const range = selection.getRangeAt(0);
      if (!region.contains(range.commonAncestorContainer)) return;
      rangeRef.current = range.cloneRange();
      setActive(
        new Set(
          COMMANDS.map((entry) => entry.command).filter((c) => document.queryCommandState(c)),
        ),
      );
    }
    document.addEventListener('selectionchange', track);
    return () => document.removeEventListener('selectionchange', track);
  }, []);

  function changed() {
    if (regionRef.current) onChange(htmlOf(regionRef.current));
  }

  function run(command: Command) {
    const region = regionRef.current;
    if (!region) return;
    region.focus();
    const selection = document.getSelection();
    if (selection && rangeRef.current) {
      selection.removeAllRanges();
      selection.addRange(rangeRef.current);
    }
    document.execCommand(command);
    changed();
  }

  function paste(event: ClipboardEvent<HTMLDivElement>) {
    event.preventDefault();
    document.execCommand('insertText', false, event.clipboardData.getData('text/plain'));
  }

  const describedBy =
    [description ? descriptionId : null, errorMessage ? errorId : null].filter(Boolean).join(' ') ||
    undefined;

  return (
    <div className="field rich-text">
      <span id={labelId} className="field__label">
        {label}
      </span>
      {description ? (
        <span id={descriptionId} className="field__description">
          {description}
        </span>
      ) : null}
      {errorMessage ? (
        <p id={errorId} className="field__error">
          {errorMessage}
        </p>
      ) : null}
      <div className="rich-text__frame">
        <Toolbar aria-label={`${label} formatting`} className="rich-text__toolbar">
          {COMMANDS.map((entry) => (
            <button
              key={entry.command}
              type="button"
              className="rich-text__button"
              aria-pressed={active.has(entry.command)}
              // Keep the caret in the text when the button is clicked.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => run(entry.command)}
            >
              <span aria-hidden="true" className={`rich-text__mark ${entry.className}`}>
                {entry.mark}
              </span>
              <span className="visually-hidden">{entry.label}</span>
            </button>
          ))}
        </Toolbar>
        <div
          ref={regionRef}
          id={id}
          className={
            errorMessage ? 'rich-text__region rich-text__region--invalid' : 'rich-text__region'
          }
          role="textbox"
          aria-multiline="true"
          aria-labelledby={labelId}
          aria-describedby={describedBy}
          aria-invalid={errorMessage ? true : undefined}
          contentEditable
          suppressContentEditableWarning
          tabIndex={0}
          onFocus={() => document.execCommand('defaultParagraphSeparator', false, 'p')}
          onInput={changed}
          onPaste={paste}
        />
      </div>
    </div>
  );
}
