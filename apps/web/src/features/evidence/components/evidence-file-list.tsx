import { formatFileSize, type EvidenceFile } from '@signoff/contracts';
import { useState } from 'react';
import { Button } from '../../../components/button';

function fileUrl(file: EvidenceFile, preview = false): string {
  return `/api/files/${encodeURIComponent(file.id)}${preview ? '/preview' : ''}`;
}

/**
 * What the browser can show of the file: a picture, a player, or a link to open the PDF. A file
 * the browser turns out not to decode (an HEVC video in an MP4, say) gives way to a note, so the
 * download beside it is offered instead of a broken player.
 */
function Preview({ file }: { file: EvidenceFile }) {
  const [failed, setFailed] = useState(false);
  const kind = file.mediaType.split('/')[0];
  if (!file.previewable || !['image', 'audio', 'video'].includes(kind)) {
    return kind === 'image' || kind === 'video' ? (
      <p className="muted evidence-file__note">No preview in the browser: download it to open.</p>
    ) : null;
  }
  if (failed)
    return (
      <p className="muted evidence-file__note">
        This browser cannot show this {kind === 'image' ? 'picture' : 'recording'}: download it to
        open.
      </p>
    );
  const src = fileUrl(file, true);
  const onError = () => setFailed(true);
  if (kind === 'image')
    return (
      <img
        className="evidence-file__image"
        src={src}
        alt={`Preview of ${file.name}`}
        onError={onError}
      />
    );
  if (kind === 'audio')
    return (
      <audio
        className="evidence-file__player"
        controls
        preload="metadata"
        src={src}
        onError={onError}
      />
    );
  return (
    <video
      className="evidence-file__video"
      controls
      preload="metadata"
      src={src}
      onError={onError}
    />
  );
}

export interface EvidenceFileListProps {
  files: readonly EvidenceFile[];
  /** Offered on a draft: removes the file from it. */
  onRemove?: (file: EvidenceFile) => void;
  /** The file being removed, whose button says so. */
  removing?: string | null;
  label?: string;
}

/** The files of a version, each with its preview where the browser can show it, and a download. */
export function EvidenceFileList({
  files,
  onRemove,
  removing,
  label = 'Files',
}: EvidenceFileListProps) {
  if (files.length === 0) return <p className="muted">No files.</p>;
  return (
    <ul className="evidence-files" aria-label={label}>
      {files.map((file) => {
        const isPdf = file.mediaType === 'application/pdf' && file.previewable;
        return (
          <li key={file.id} className="evidence-file">
            <Preview file={file} />
            <div className="evidence-file__about">
              <span className="evidence-file__name">{file.name}</span>
              <span className="muted evidence-file__size">{formatFileSize(file.size)}</span>
            </div>
            <div className="evidence-file__actions">
              {isPdf ? (
                <a href={fileUrl(file, true)} target="_blank" rel="noopener noreferrer">
                  Open PDF<span className="visually-hidden"> {file.name} (opens in a new tab)</span>
                </a>
              ) : null}
              <a href={fileUrl(file)} download={file.name}>
                Download<span className="visually-hidden"> {file.name}</span>
              </a>
              {onRemove ? (
                <Button
                  variant="secondary"
                  className="button--small"
                  isPending={removing === file.id}
                  onPress={() => onRemove(file)}
                  aria-label={`Remove ${file.name}`}
                >
                  {removing === file.id ? 'Removing…' : 'Remove'}
                </Button>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
