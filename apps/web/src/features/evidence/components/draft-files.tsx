import type { EvidenceFile } from '@signoff/contracts';
import { describeError } from '../../../lib/error-messages';
import { useRemoveEvidenceFile } from '../api/remove-evidence-file';
import type { useEvidenceUploads } from '../hooks/use-evidence-uploads';
import { EvidenceFileList } from './evidence-file-list';
import { FileUploader, type Capture } from './file-uploader';

export interface DraftFilesProps {
  /** The draft's item, once created (a file may come first: the uploads create it). */
  itemId: string | null;
  files: readonly EvidenceFile[];
  uploads: ReturnType<typeof useEvidenceUploads>;
  /** The captures offered on a phone. */
  captures?: readonly Capture[];
  /** Says why a file could not be taken off (null: clear what was said). */
  onProblem: (message: string | null) => void;
}

/** A draft's files: those stored, each removable, and the uploader for more. */
export function DraftFiles({ itemId, files, uploads, captures, onProblem }: DraftFilesProps) {
  const removeFile = useRemoveEvidenceFile();
  return (
    <>
      {files.length > 0 ? (
        <EvidenceFileList
          files={files}
          label="Files on this draft"
          removing={removeFile.isPending ? (removeFile.variables?.fileId ?? null) : null}
          onRemove={(file) => {
            if (!itemId) return;
            onProblem(null);
            removeFile.mutate(
              { itemId, fileId: file.id },
              { onError: (error) => onProblem(describeError(error)) },
            );
          }}
        />
      ) : (
        <p className="muted">No files yet.</p>
      )}
      <FileUploader
        uploads={uploads.uploads}
        onAdd={uploads.add}
        onRetry={uploads.retry}
        onCancel={uploads.cancel}
        onDismiss={uploads.dismiss}
        announcement={uploads.announcement}
        maxBytes={uploads.maxBytes}
        captures={captures}
      />
    </>
  );
}
