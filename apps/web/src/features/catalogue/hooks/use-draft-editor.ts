import type { FieldError } from '@signoff/contracts';
import { createContext, useContext } from 'react';
import type { DraftForm } from '../lib/draft-form';

/** What every part of the draft editor needs: the problems by place, and the ways to change the form. */
export interface DraftEditorActions {
  placed: ReadonlyMap<string, readonly FieldError[]>;
  /** The document as the form stands, for naming places in problems' words. */
  document: unknown;
  /** Changes the field at `path`; its problems go, since they were about the old value. */
  edit: (path: string, change: (form: DraftForm) => DraftForm) => void;
  /** Removes item `index` of the list at `listPath`; later items' problems move up with them. */
  remove: (listPath: string, index: number, change: (form: DraftForm) => DraftForm) => void;
  /** Adds an item; `path` is the list, whose "is empty" problem the addition may answer. */
  add: (path: string, change: (form: DraftForm) => DraftForm) => void;
}

export const DraftEditorContext = createContext<DraftEditorActions | null>(null);

export function useDraftEditor(): DraftEditorActions {
  const actions = useContext(DraftEditorContext);
  if (!actions) throw new Error('useDraftEditor is used outside the draft editor.');
  return actions;
}
