import { formatFileSize, type EvidenceFile } from '@signoff/contracts';
import { Button } from '../../../components/button';

function fileUrl(file: EvidenceFile, preview = false): string {
  return `/api/files/${encodeURIComponent(file.id)}${preview ? '/preview' : ''}`;
}

/** What the browser can show of the file: a picture, a player, or a link to open the PDF. */
function Preview({ file }: { file: EvidenceFile }) {
  if (!file.previewable) return null;
  if (file.mediaType.startsWith('image/'))
    return (
      <img
        className="evidence-file__image"
        src={fileUrl(file, true)}
        alt={`Preview of ${file.name}`}
      />
    );
  if (file.mediaType.startsWith('audio/'))
    return (
      <audio
        className="evidence-file__player"
        controls
        preload="metadata"
        src={fileUrl(file, true)}
      >
        <a href={fileUrl(file)}>Download {file.name}</a>
      </audio>
    );
  if (file.mediaType.startsWith('video/'))
    return (
      <video className="evidence-file__video" controls preload="metadata" src={fileUrl(file, true)}>
        <a href={fileUrl(file)}>Download {file.name}</a>
      </video>
    );
  return null;
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
