import type { EvidenceClaim, EvidenceDetail, FieldError } from '@signoff/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm, type DefaultValues, type Path, type Resolver } from 'react-hook-form';
import {
  nextAutosave,
  serverHoldsScreen,
  startAutosave,
  startingDraft,
  type Autosave,
  type AutosaveEffect,
  type AutosaveEvent,
  type DraftContent,
} from '../lib/autosave';
import { clearDraftCopy, draftCopyKey, readDraftCopy, writeDraftCopy } from '../lib/draft-copy';
import { pickContent, type DraftKind } from '../lib/draft-kinds';
import { placeDraftProblems } from '../lib/draft-problems';

/** How long typing pauses before the draft is saved. */
const AUTOSAVE_DELAY_MS = 800;

/** Where a problem came from: the autosave's are cleared by the next save that succeeds. */
type ProblemSource = 'save' | 'server';

/** Content that maps outcomes: problems with single claims show at their unit. */
export type MappedContent = DraftContent & { claims: EvidenceClaim[] };

export interface AutosavedDraftOptions<C extends MappedContent> {
  /** Which draft: its fields, its words, how the server's item reads as its content. */
  kind: DraftKind<C>;
  userId: string;
  enrolmentId: string;
  /** The item as the server holds it; absent for a new item. */
  detail: EvidenceDetail | undefined;
  /** The content a new item starts with. */
  blank: C;
  /** The checks run when the writer submits or signs. */
  resolver: Resolver<C>;
  /** Stores a new item; answers it as the server holds it. */
  create: (content: C) => Promise<EvidenceDetail>;
  /** Stores the draft's content. */
  save: (itemId: string, content: C) => Promise<EvidenceDetail>;
  /** Once the server has created the item: the page moves to its address. */
  onCreated: (detail: EvidenceDetail) => void;
}

/**
 * The draft as the learner (their evidence) or the assessor (their record) edits it: a
 * react-hook-form form, watched by the autosave. Every
 * change is kept in this browser at once, then saved to the server after a pause (the item is
 * created once it has a title). The copy here is cleared only when the server holds exactly what
 * is on screen; when the session has ended, it is what the editor starts from after the learner
 * signs in again, and it is saved straight away. What to do when is `nextAutosave`'s to decide
 * (lib/autosave.ts); this hook carries out its effects.
 */
export function useAutosavedDraft<C extends MappedContent>({
  kind,
  userId,
  enrolmentId,
  detail,
  blank,
  resolver,
  create,
  save,
  onCreated,
}: AutosavedDraftOptions<C>) {
  const [initial] = useState(() => {
    const key = draftCopyKey(
      userId,
      detail ? { itemId: detail.id } : { enrolmentId, kind: kind.name },
    );
    const stored = detail ? { itemId: detail.id, content: kind.fromDetail(detail) } : undefined;
    return startingDraft(stored, readDraftCopy<C>(key, kind.fields), blank);
  });
  const form = useForm<C>({ defaultValues: initial.content as DefaultValues<C>, resolver });
  const { setError, clearErrors, getFieldState, setFocus } = form;

  const machineRef = useRef<Autosave<C>>(startAutosave(initial, kind.noun));
  const [autosave, setAutosave] = useState<Autosave<C>>(machineRef.current);
  /** Problems with single claims, by unit: the picker shows them at the unit. */
  const [unitProblems, setUnitProblems] = useState<ReadonlyMap<string, string>>(new Map());
  const queueRef = useRef<Promise<unknown>>(Promise.resolve());
  const timerRef = useRef<number | undefined>(undefined);
  /** The save after the pause (`enqueue`, below, itself uses `step`). */
  const enqueueRef = useRef<() => Promise<boolean>>(() => Promise.resolve(false));
  const onCreatedRef = useRef(onCreated);
  useEffect(() => {
    onCreatedRef.current = onCreated;
  }, [onCreated]);

  const keyFor = useCallback(
    (id: string | null) =>
      id
        ? draftCopyKey(userId, { itemId: id })
        : draftCopyKey(userId, { enrolmentId, kind: kind.name }),
    [userId, enrolmentId, kind.name],
  );

  /**
   * Problems the API named, on their fields and at their units; with `focus`, the first field at
   * fault (or the picker, when only claims are at fault) takes focus.
   */
  const showProblems = useCallback(
    (problems: readonly FieldError[], source: ProblemSource, focus: boolean) => {
      const placed = placeDraftProblems(
        problems,
        machineRef.current.onScreen.claims,
        kind.subjects,
      );
      const fields = Object.entries(placed.fields);
      fields.forEach(([field, message], index) =>
        setError(
          field as Path<C>,
          { type: source, message },
          { shouldFocus: focus && index === 0 },
        ),
      );
      setUnitProblems(placed.units);
      if (focus && fields.length === 0 && placed.units.size > 0) setFocus('claims' as Path<C>);
    },
    [setError, setFocus, kind.subjects],
  );

  const clearSaveProblems = useCallback(() => {
    for (const field of kind.fields as readonly Path<C>[])
      if (getFieldState(field).error?.type === 'save') clearErrors(field);
    setUnitProblems((current) => (current.size === 0 ? current : new Map()));
  }, [clearErrors, getFieldState, kind.fields]);

  /** Moves the machine on and carries out its effects; hands back a request it asks for. */
  const step = useCallback(
    (event: AutosaveEvent<C>, created?: EvidenceDetail) => {
      const { state, effects } = nextAutosave(machineRef.current, event);
      machineRef.current = state;
      setAutosave(state);
      let send: Extract<AutosaveEffect<C>, { kind: 'send' }> | null = null;
      for (const effect of effects)
        switch (effect.kind) {
          case 'keep-copy':
            writeDraftCopy(keyFor(state.itemId), {
              itemId: state.itemId,
              enrolmentId,
              content: state.onScreen,
              keptAt: new Date().toISOString(),
            });
            break;
          case 'clear-copy':
            clearDraftCopy(keyFor(effect.itemId));
            break;
          case 'pause':
            window.clearTimeout(timerRef.current);
            timerRef.current = window.setTimeout(
              () => void enqueueRef.current(),
              AUTOSAVE_DELAY_MS,
            );
            break;
          case 'cancel-pause':
            window.clearTimeout(timerRef.current);
            break;
          case 'created':
            if (created) onCreatedRef.current(created);
            break;
          case 'show-problems':
            showProblems(effect.problems, 'save', false);
            break;
          case 'clear-problems':
            clearSaveProblems();
            break;
          case 'send':
            send = effect;
            break;
        }
      return send;
    },
    [enrolmentId, keyFor, showProblems, clearSaveProblems],
  );

  /** Saves after whatever save is running; resolves true when the server holds the draft. */
  const enqueue = useCallback(
    (force = false): Promise<boolean> => {
      const next = queueRef.current.then(async () => {
        let send = step({ kind: 'due', force });
        while (send) {
          try {
            const answer = send.itemId
              ? await save(send.itemId, send.content)
              : await create(send.content);
            send = step(
              { kind: 'answered', sent: send.content, itemId: answer.id, at: new Date() },
              answer,
            );
          } catch (error) {
            send = step({ kind: 'refused', error });
          }
        }
        return serverHoldsScreen(machineRef.current);
      });
      queueRef.current = next.catch(() => false);
      return next;
    },
    [step, save, create],
  );
  useEffect(() => {
    enqueueRef.current = enqueue;
  }, [enqueue]);

  // The autosave watches the form: each change is kept here at once and saved after a pause.
  useEffect(() => {
    const subscription = form.watch(() =>
      step({ kind: 'edited', content: pickContent(kind, form.getValues()) }),
    );
    return () => subscription.unsubscribe();
  }, [form, step, kind]);

  /**
   * Saves now, not after the pause: before submitting, or when asked to try again. Resolves to
   * the item's id once the server holds what is on screen, else null.
   */
  const flush = useCallback(async (): Promise<string | null> => {
    window.clearTimeout(timerRef.current);
    return (await enqueue()) ? machineRef.current.itemId : null;
  }, [enqueue]);

  /** The item's id, creating the draft first if need be (a file may come before a title). */
  const ensureItem = useCallback(async (): Promise<string | null> => {
    window.clearTimeout(timerRef.current);
    await enqueue(machineRef.current.itemId === null);
    return machineRef.current.itemId;
  }, [enqueue]);

  /** Submitted (or signed): nothing more is saved, and the copy on this device goes. */
  const submitted = useCallback(() => void step({ kind: 'submitted' }), [step]);

  // A copy restored from this browser goes to the server straight away, once.
  const restoreSentRef = useRef(false);
  useEffect(() => {
    if (!initial.restored || restoreSentRef.current) return;
    restoreSentRef.current = true;
    void enqueue();
  }, [initial.restored, enqueue]);

  useEffect(() => () => window.clearTimeout(timerRef.current), []);

  return {
    form,
    itemId: autosave.itemId,
    saveState: autosave.status,
    flush,
    ensureItem,
    submitted,
    /** Problems the API named when submitting or signing: on their fields, the first focused. */
    showSubmitProblems: (problems: readonly FieldError[]) => showProblems(problems, 'server', true),
    unitProblems,
    /** The claims changed: problems with single claims no longer apply. */
    clearUnitProblems: () => setUnitProblems(new Map()),
    restored: initial.restored,
  };
}
