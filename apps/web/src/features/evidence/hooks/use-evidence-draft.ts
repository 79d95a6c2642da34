import type { EvidenceContent, EvidenceDetail, FieldError } from '@signoff/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/error-messages';
import { useCreateEvidence } from '../api/create-evidence';
import { useSaveEvidence } from '../api/save-evidence';
import { sameContent, saveDecision, startingDraft } from '../lib/autosave';
import {
  clearDraftCopy,
  draftCopyKey,
  readDraftCopy,
  writeDraftCopy,
  type DraftCopy,
} from '../lib/draft-copy';

/** How long typing pauses before the draft is saved. */
const AUTOSAVE_DELAY_MS = 800;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'waiting'; message: string }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string; error: unknown };

export interface EvidenceDraftOptions {
  userId: string;
  enrolmentId: string;
  /** The item as the server holds it; absent for a new item. */
  detail: EvidenceDetail | undefined;
  /** The content a new item starts with. */
  blank: EvidenceContent;
  /** Once the server has created the item: the page moves to its address. */
  onCreated: (detail: EvidenceDetail) => void;
}

/**
 * The draft as the learner edits it. Every change is kept in this browser at once, then saved to
 * the server after a pause (the item is created once it has a title). The copy here is cleared
 * only when the server holds exactly what is on screen; when the session has ended, it is what
 * the editor starts from after the learner signs in again, and it is saved straight away.
 */
export function useEvidenceDraft({
  userId,
  enrolmentId,
  detail,
  blank,
  onCreated,
}: EvidenceDraftOptions) {
  const { mutateAsync: createItem } = useCreateEvidence(enrolmentId);
  const { mutateAsync: saveItem } = useSaveEvidence();

  const [initial] = useState(() => {
    const key = draftCopyKey(userId, detail ? { itemId: detail.id } : { enrolmentId });
    return startingDraft(detail, readDraftCopy(key), blank);
  });

  const [content, setContent] = useState<EvidenceContent>(initial.content);
  const [itemId, setItemId] = useState<string | null>(initial.itemId);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [fieldProblems, setFieldProblems] = useState<FieldError[]>([]);

  const contentRef = useRef(content);
  const itemIdRef = useRef(itemId);
  const savedRef = useRef<EvidenceContent | null>(initial.saved);
  const attemptedRef = useRef<EvidenceContent | null>(null);
  const queueRef = useRef<Promise<unknown>>(Promise.resolve());
  const timerRef = useRef<number | undefined>(undefined);
  const onCreatedRef = useRef(onCreated);
  onCreatedRef.current = onCreated;

  const keyFor = useCallback(
    (id: string | null) =>
      id ? draftCopyKey(userId, { itemId: id }) : draftCopyKey(userId, { enrolmentId }),
    [userId, enrolmentId],
  );

  const keep = useCallback(
    (next: EvidenceContent) => {
      const copy: DraftCopy = {
        itemId: itemIdRef.current,
        enrolmentId,
        content: next,
        keptAt: new Date().toISOString(),
      };
      writeDraftCopy(keyFor(itemIdRef.current), copy);
    },
    [enrolmentId, keyFor],
  );

  /**
   * Sends what is on screen, unless the server already has it; `force` creates without a title.
   * Resolves true once the server holds what is on screen.
   */
  const send = useCallback(
    async function send(force = false): Promise<boolean> {
      const sent = contentRef.current;
      const id = itemIdRef.current;
      const decision = saveDecision({ content: sent, itemId: id, saved: savedRef.current, force });
      if (decision.kind === 'held') return true;
      if (decision.kind === 'waiting') {
        setSaveState(decision);
        return false;
      }
      attemptedRef.current = sent;
      setSaveState({ kind: 'saving' });
      try {
        const answer = id ? await saveItem({ id, content: sent }) : await createItem(sent);
        savedRef.current = sent;
        if (!id) {
          clearDraftCopy(keyFor(null));
          itemIdRef.current = answer.id;
          setItemId(answer.id);
          onCreatedRef.current(answer);
        }
        setFieldProblems([]);
        if (!sameContent(contentRef.current, sent)) {
          // Typed while this save was in flight: saved straight after it, so that "Saved" is
          // only ever said of what is on screen.
          keep(contentRef.current);
          window.clearTimeout(timerRef.current);
          return await send();
        }
        clearDraftCopy(keyFor(answer.id));
        setSaveState({ kind: 'saved', at: new Date() });
        return true;
      } catch (error) {
        // The copy in this browser stays: it is what the learner gets back after signing in.
        keep(contentRef.current);
        if (isApiError(error, 'VALIDATION_FAILED')) setFieldProblems(error.errors);
        setSaveState({
          kind: 'failed',
          error,
          message: isApiError(error, 'UNAUTHENTICATED')
            ? 'Not saved: your session has ended. What you typed is kept on this device; sign in again to save it.'
            : `Not saved: ${describeError(error)}`,
        });
        return false;
      }
    },
    [createItem, saveItem, keep, keyFor],
  );

  /** Saves after whatever save is running; resolves true when the server has the draft. */
  const enqueue = useCallback(
    (force = false): Promise<boolean> => {
      const next = queueRef.current.then(() => send(force));
      queueRef.current = next.catch(() => false);
      return next;
    },
    [send],
  );

  const update = useCallback(
    (change: (current: EvidenceContent) => EvidenceContent) => {
      const next = change(contentRef.current);
      contentRef.current = next;
      setContent(next);
      keep(next);
      window.clearTimeout(timerRef.current);
      timerRef.current = window.setTimeout(() => void enqueue(), AUTOSAVE_DELAY_MS);
    },
    [enqueue, keep],
  );

  /**
   * Saves now, not after the pause: before submitting, or when asked to try again. Resolves to
   * the item's id once the server holds what is on screen, else null.
   */
  const flush = useCallback(async (): Promise<string | null> => {
    window.clearTimeout(timerRef.current);
    return (await enqueue()) ? itemIdRef.current : null;
  }, [enqueue]);

  /** The item's id, creating the draft first if need be (a file may come before a title). */
  const ensureItem = useCallback(async (): Promise<string | null> => {
    window.clearTimeout(timerRef.current);
    await enqueue(itemIdRef.current === null);
    return itemIdRef.current;
  }, [enqueue]);

  // A copy restored from this browser goes to the server straight away, once.
  const restoreSentRef = useRef(false);
  useEffect(() => {
    if (!initial.restored || restoreSentRef.current) return;
    restoreSentRef.current = true;
    void enqueue();
  }, [initial.restored, enqueue]);

  useEffect(() => () => window.clearTimeout(timerRef.current), []);

  return {
    content,
    itemId,
    update,
    flush,
    ensureItem,
    saveState,
    /** Problems the API named when saving, by path. */
    fieldProblems,
    restored: initial.restored,
    isDirty: !sameContent(content, savedRef.current),
    clearProblems: () => setFieldProblems([]),
  };
}
