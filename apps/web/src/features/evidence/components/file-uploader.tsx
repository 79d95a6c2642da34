import { formatFileSize } from '@signoff/contracts';
import { DropZone, FileTrigger, Text } from 'react-aria-components';
import { Button } from '../../../components/button';
import { ProgressBar } from '../../../components/progress-bar';
import type { PendingUpload } from '../hooks/use-evidence-uploads';

/** What the server accepts, for the file picker's filter; the server judges by content anyway. */
const ACCEPTED = [
  '.pdf',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  '.ppt',
  '.pptx',
  '.odt',
  '.ods',
  '.odp',
  '.jpg',
  '.jpeg',
  '.png',
  '.heic',
  '.heif',
  '.mp4',
  '.mov',
  '.m4a',
  '.mp3',
  '.wav',
  '.txt',
  'image/*',
  'audio/*',
  'video/*',
];

/** What the phone's camera or microphone may capture on the spot. */
export type Capture = 'photo' | 'video' | 'audio';

const CAPTURES: Record<Capture, { accept: string; camera: 'environment' | 'user'; label: string }> =
  {
    photo: { accept: 'image/*', camera: 'environment', label: 'Take a photo' },
    video: { accept: 'video/*', camera: 'environment', label: 'Record a video' },
    // `capture` on an audio input opens the phone's recorder.
    audio: { accept: 'audio/*', camera: 'user', label: 'Record audio' },
  };

export interface FileUploaderProps {
  uploads: readonly PendingUpload[];
  onAdd: (files: File[]) => void;
  onRetry: (key: string) => void;
  onCancel: (key: string) => void;
  onDismiss: (key: string) => void;
  /** Said politely: an upload started, finished, failed or was cancelled. */
  announcement: string;
  /** The server's limit for one file, once known. */
  maxBytes: number | undefined;
  /** The captures offered beside choosing files; every one unless said. */
  captures?: readonly Capture[];
}

function filesOf(list: FileList | null): File[] {
  return list ? Array.from(list) : [];
}

function UploadRow({
  upload,
  onRetry,
  onCancel,
  onDismiss,
}: { upload: PendingUpload } & Pick<FileUploaderProps, 'onRetry' | 'onCancel' | 'onDismiss'>) {
  const { file } = upload;
  const total = file.size || 1;
  return (
    <li className={upload.state === 'uploading' ? 'upload' : 'upload upload--failed'}>
      <div className="upload__about">
        <span className="upload__name">{file.name}</span>
        <span className="muted">{formatFileSize(file.size)}</span>
      </div>
      {upload.state === 'uploading' ? (
        <ProgressBar
          label={`Uploading ${file.name}`}
          value={Math.min(upload.sent, total)}
          maxValue={total}
        />
      ) : (
        <p className="field__error upload__error">{upload.error}</p>
      )}
      <div className="button-row upload__actions">
        {upload.state === 'uploading' ? (
          <Button
            variant="secondary"
            className="button--small"
            aria-label={`Cancel upload of ${file.name}`}
            onPress={() => onCancel(upload.key)}
          >
            Cancel
          </Button>
        ) : (
          <>
            {upload.state === 'failed' ? (
              <Button
                variant="secondary"
                className="button--small"
                aria-label={`Try uploading ${file.name} again`}
                onPress={() => onRetry(upload.key)}
              >
                Try again
              </Button>
            ) : null}
            <Button
              variant="secondary"
              className="button--small"
              aria-label={`Dismiss ${file.name}`}
              onPress={() => onDismiss(upload.key)}
            >
              Dismiss
            </Button>
          </>
        )}
      </div>
    </li>
  );
}

/**
 * Files dropped, chosen, or captured with the phone's camera or microphone. Each upload shows
 * its progress and can be cancelled; one that fails says why, and can be tried again unless
 * trying again could only fail the same way.
 */
export function FileUploader({
  uploads,
  onAdd,
  onRetry,
  onCancel,
  onDismiss,
  announcement,
  maxBytes,
  captures = ['photo', 'video', 'audio'],
}: FileUploaderProps) {
  return (
    <div className="file-uploader">
      <DropZone
        className="drop-zone"
        aria-label="Drop files here to upload them"
        // Files often arrive without a type: the server judges each by its content.
        getDropOperation={() => 'copy'}
        onDrop={(event) => {
          const files = event.items.filter((item) => item.kind === 'file');
          void Promise.all(
            files.map((item) => (item.kind === 'file' ? item.getFile() : null)),
          ).then((found) => onAdd(found.filter((file): file is File => file !== null)));
        }}
      >
        <Text slot="label" className="drop-zone__text">
          Drop files here, or
        </Text>
        <div className="button-row">
          <FileTrigger
            allowsMultiple
            acceptedFileTypes={ACCEPTED}
            onSelect={(list) => onAdd(filesOf(list))}
          >
            <Button variant="secondary">Choose files</Button>
          </FileTrigger>
        </div>
        <div className="button-row capture-buttons">
          {captures.map((capture) => (
            <FileTrigger
              key={capture}
              acceptedFileTypes={[CAPTURES[capture].accept]}
              defaultCamera={CAPTURES[capture].camera}
              onSelect={(list) => onAdd(filesOf(list))}
            >
              <Button variant="secondary">{CAPTURES[capture].label}</Button>
            </FileTrigger>
          ))}
        </div>
      </DropZone>
      <p className="muted file-uploader__hint">
        PDF, Word, Excel, PowerPoint, OpenDocument, photos (JPEG, PNG, HEIC), video (MP4, MOV),
        audio (M4A, MP3, WAV) or plain text
        {maxBytes === undefined ? '' : `, up to ${formatFileSize(maxBytes)} each`}.
      </p>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      {uploads.length > 0 ? (
        <ul className="uploads" aria-label="Uploads">
          {uploads.map((upload) => (
            <UploadRow
              key={upload.key}
              upload={upload}
              onRetry={onRetry}
              onCancel={onCancel}
              onDismiss={onDismiss}
            />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
