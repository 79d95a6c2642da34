import { formatFileSize } from '@signoff/contracts';
import { useCallback, useRef, useState } from 'react';
import { isAbortError } from '../../../lib/api-client';
import { describeUploadError, uploadMayBeRetried } from '../../../lib/error-messages';
import { useUploadLimits } from '../api/get-upload-limits';
import { useUploadEvidenceFile } from '../api/upload-evidence-file';

export interface PendingUpload {
  key: string;
  file: File;
  sent: number;
  /** Refused: over the size limit (never sent), or the file itself was refused: trying again could not help. */
  state: 'uploading' | 'failed' | 'refused';
  error: string | null;
}

/**
 * Files on their way to the draft, each with its progress and a way to cancel it; a failed one
 * stays with its reason until it is tried again or dismissed. Once a file is stored it leaves
 * this list and appears among the draft's files. A file over the server's limit is refused here,
 * before any of it is sent.
 */
export function useEvidenceUploads(ensureItem: () => Promise<string | null>) {
  const { mutateAsync: upload } = useUploadEvidenceFile();
  const maxBytes = useUploadLimits().data?.maxBytes;
  const [uploads, setUploads] = useState<PendingUpload[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const controllers = useRef(new Map<string, AbortController>());
  const counter = useRef(0);

  const patch = useCallback((key: string, change: Partial<PendingUpload>) => {
    setUploads((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);
  const drop = useCallback((key: string) => {
    controllers.current.delete(key);
    setUploads((list) => list.filter((item) => item.key !== key));
  }, []);

  const run = useCallback(
    async (key: string, file: File) => {
      const controller = new AbortController();
      controllers.current.set(key, controller);
      setAnnouncement(`Uploading ${file.name}.`);
      const itemId = await ensureItem();
      if (controller.signal.aborted) {
        drop(key);
        setAnnouncement(`Upload of ${file.name} cancelled.`);
        return;
      }
      if (!itemId) {
        const error = 'The draft could not be saved, so the file was not uploaded. Try again.';
        patch(key, { state: 'failed', error });
        setAnnouncement(`${file.name} was not uploaded. ${error}`);
        return;
      }
      try {
        await upload({
          itemId,
          file,
          signal: controller.signal,
          onProgress: (sent) => patch(key, { sent }),
        });
        drop(key);
        setAnnouncement(`${file.name} uploaded.`);
      } catch (error) {
        if (isAbortError(error)) {
          drop(key);
          setAnnouncement(`Upload of ${file.name} cancelled.`);
          return;
        }
        const words = describeUploadError(error);
        patch(key, { state: uploadMayBeRetried(error) ? 'failed' : 'refused', error: words });
        setAnnouncement(`${file.name} was not uploaded. ${words}`);
      }
    },
    [ensureItem, upload, patch, drop],
  );

  const add = useCallback(
    (files: readonly File[]) => {
      const added = files.map((file): PendingUpload => {
        counter.current += 1;
        const key = `upload-${counter.current}`;
        if (maxBytes !== undefined && file.size > maxBytes) {
          const error = `This file is ${formatFileSize(file.size)}; files may be at most ${formatFileSize(maxBytes)}. Make it smaller or split it, then add it again.`;
          return { key, file, sent: 0, state: 'refused', error };
        }
        return { key, file, sent: 0, state: 'uploading', error: null };
      });
      setUploads((list) => [...list, ...added]);
      const refused = added.filter((item) => item.state === 'refused');
      if (refused.length > 0)
        setAnnouncement(
          refused.map((item) => `${item.file.name} was not uploaded. ${item.error}`).join(' '),
        );
      for (const item of added) if (item.state === 'uploading') void run(item.key, item.file);
    },
    [run, maxBytes],
  );

  const retry = useCallback(
    (key: string) => {
      const item = uploads.find((candidate) => candidate.key === key);
      if (!item) return;
      patch(key, { state: 'uploading', error: null, sent: 0 });
      void run(key, item.file);
    },
    [uploads, patch, run],
  );

  const cancel = useCallback(
    (key: string) => {
      const controller = controllers.current.get(key);
      if (controller) controller.abort();
      else drop(key);
    },
    [drop],
  );

  return {
    uploads,
    add,
    retry,
    cancel,
    dismiss: drop,
    announcement,
    maxBytes,
    isUploading: uploads.some((item) => item.state === 'uploading'),
  };
}
