import { useEffect, useRef, useState } from 'react';
import { useWatch, type Path } from 'react-hook-form';
import {
  resolverFrom,
  type FormProblems,
  type ProblemWording,
} from '../../../components/form/resolver-from';
import { useEvidence } from '../api/get-evidence';
import {
  useAutosavedDraft,
  type AutosavedDraftOptions,
  type MappedContent,
} from './use-autosaved-draft';
import { useEvidenceUploads } from './use-evidence-uploads';

export interface DraftWithFilesOptions<C extends MappedContent> extends Omit<
  AutosavedDraftOptions<C>,
  'resolver'
> {
  /**
   * The checks run when the writer submits or signs. Files are not fields of the form, yet a file
   * may stand in for what is written, so the checks are told how many the item holds.
   */
  check: (values: C, fileCount: number) => FormProblems;
  /** Field → words that make a check's predicate a sentence. */
  subjects: ProblemWording['subjects'];
}

/**
 * An autosaved draft (the learner's evidence, the assessor's record) with its files: the uploads,
 * the item as the server now holds it, and checks that count its files. While a file uploads
 * nothing is checked: the writer is asked to wait instead.
 */
export function useDraftWithFiles<C extends MappedContent>({
  check,
  subjects,
  ...options
}: DraftWithFilesOptions<C>) {
  const fileCountRef = useRef(0);
  const uploadingRef = useRef(false);
  const [resolver] = useState(() =>
    resolverFrom<C>((values) => (uploadingRef.current ? [] : check(values, fileCountRef.current)), {
      subjects,
    }),
  );
  const draft = useAutosavedDraft({ ...options, resolver });
  const title = useWatch({ control: draft.form.control, name: 'title' as Path<C> }) as string;
  const uploads = useEvidenceUploads(draft.ensureItem);
  const stored = useEvidence(draft.itemId ?? undefined);
  const current = stored.data ?? options.detail;
  const files = current?.current.files ?? [];
  useEffect(() => {
    fileCountRef.current = files.length;
    uploadingRef.current = uploads.isUploading;
  }, [files.length, uploads.isUploading]);
  return { ...draft, title, uploads, current, files };
}

export type DraftWithFiles<C extends MappedContent> = ReturnType<typeof useDraftWithFiles<C>>;
