import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { useEffect, useId, useMemo, useRef } from 'react';
import { Toolbar } from 'react-aria-components';

/*
 * What a narrative may hold: paragraphs, line breaks (Shift+Enter), bold, italic, bulleted and
 * numbered lists, and nothing else. The server's sanitiser (apps/api/src/evidence/narrative.ts)
 * keeps exactly these tags, so what the learner sees here is what is stored and what their
 * assessor reads; whatever else is pasted in is reduced to these by the editor's schema.
 */
const NARRATIVE_EXTENSIONS = [
  StarterKit.configure({
    blockquote: false,
    code: false,
    codeBlock: false,
    heading: false,
    horizontalRule: false,
    link: false,
    strike: false,
    underline: false,
    // An empty paragraph after a closing list would be stored as one.
    trailingNode: false,
  }),
];

interface Format {
  name: 'bold' | 'italic' | 'bulletList' | 'orderedList';
  label: string;
  mark: string;
  className: string;
  /** As Tiptap binds it: Mod is Ctrl, or Cmd on a Mac. */
  keys: string;
  toggle: (editor: Editor) => void;
}

const FORMATS: readonly Format[] = [
  {
    name: 'bold',
    label: 'Bold',
    mark: 'B',
    className: 'rich-text__mark--bold',
    keys: 'B',
    toggle: (editor) => editor.chain().focus().toggleBold().run(),
  },
  {
    name: 'italic',
    label: 'Italic',
    mark: 'I',
    className: 'rich-text__mark--italic',
    keys: 'I',
    toggle: (editor) => editor.chain().focus().toggleItalic().run(),
  },
  {
    name: 'bulletList',
    label: 'Bulleted list',
    mark: '•',
    className: '',
    keys: 'Shift+8',
    toggle: (editor) => editor.chain().focus().toggleBulletList().run(),
  },
  {
    name: 'orderedList',
    label: 'Numbered list',
    mark: '1.',
    className: '',
    keys: 'Shift+7',
    toggle: (editor) => editor.chain().focus().toggleOrderedList().run(),
  },
];

const ON_A_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

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

export function NarrativeEditor({
  label,
  description,
  initialHtml,
  onChange,
  errorMessage,
  id,
}: NarrativeEditorProps) {
  const labelId = useId();
  const descriptionId = useId();
  const errorId = useId();
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  const describedBy =
    [description ? descriptionId : null, errorMessage ? errorId : null].filter(Boolean).join(' ') ||
    undefined;
  const invalid = Boolean(errorMessage);
  const editorProps = useMemo(
    () => ({
      attributes: {
        ...(id ? { id } : {}),
        class: invalid ? 'rich-text__region rich-text__region--invalid' : 'rich-text__region',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
      },
    }),
    [id, invalid, labelId, describedBy],
  );

  const editor = useEditor({
    extensions: NARRATIVE_EXTENSIONS,
    // Only the first value: after that the editor is the source of truth.
    content: initialHtml,
    // Tiptap's own <style> element would be refused by the CSP; app.css carries its rules.
    injectCSS: false,
    editorProps,
    onUpdate: ({ editor: changed }) =>
      onChangeRef.current(changed.isEmpty ? '' : changed.getHTML()),
  });

  // Which formats apply at the caret, in the order of FORMATS.
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => FORMATS.map((format) => current.isActive(format.name)),
  });

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
          {FORMATS.map((format, index) => {
            const keys = `${ON_A_MAC ? 'Meta' : 'Control'}+${format.keys}`;
            return (
              <button
                key={format.name}
                type="button"
                className="rich-text__button"
                aria-pressed={active[index] ?? false}
                aria-keyshortcuts={keys}
                title={`${format.label} (${keys.replace('Meta', '⌘').replace('Control', 'Ctrl')})`}
                // Keep the caret in the text when the button is clicked.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => format.toggle(editor)}
              >
                <span aria-hidden="true" className={`rich-text__mark ${format.className}`}>
                  {format.mark}
                </span>
                <span className="visually-hidden">{format.label}</span>
              </button>
            );
          })}
        </Toolbar>
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}
