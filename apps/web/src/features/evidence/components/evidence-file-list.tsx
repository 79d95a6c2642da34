import { formatFileSize, type EvidenceFile } from '@signoff/contracts';
import { useId, useState } from 'react';
import { Button as AriaButton } from 'react-aria-components';
import { Button } from '../../../components/button';
import { evidenceFileUrl } from '../lib/evidence-file-url';
import { filePreviewOf } from '../lib/file-preview';
import { PhotoViewer } from './photo-viewer';

/**
 * What the browser can show of the file: a thumbnail that opens the photo viewer, a player, or
 * the PDF framed on the page once asked for. Nothing large loads before it is needed: thumbnails
 * load lazily, players fetch only the metadata, a PDF only when shown. A file the browser turns
 * out not to decode (an HEVC video in an MP4, say) gives way to a note, so the download beside it
 * is offered instead of a broken player.
 */
function Preview({ file, onView }: { file: EvidenceFile; onView: () => void }) {
  const [failed, setFailed] = useState(false);
  const preview = filePreviewOf(file);
  if (preview === 'unshowable')
    return (
      <p className="muted evidence-file__note">No preview in the browser: download it to open.</p>
    );
  if (preview === 'none' || preview === 'pdf') return null;
  if (failed)
    return (
      <p className="muted evidence-file__note">
        This browser cannot show this {preview === 'image' ? 'picture' : 'recording'}: download it
        to open.
      </p>
    );
  const src = evidenceFileUrl(file, true);
  const onError = () => setFailed(true);
  if (preview === 'image')
    return (
      <AriaButton
        className="evidence-file__thumbnail"
        onPress={onView}
        aria-label={`View ${file.name} full size`}
      >
        <img
          className="evidence-file__image"
          src={src}
          alt={`Preview of ${file.name}`}
          loading="lazy"
          onError={onError}
        />
      </AriaButton>
    );
  if (preview === 'audio')
    return (
      <audio
        className="evidence-file__player"
        controls
        preload="metadata"
        src={src}
        aria-label={file.name}
        onError={onError}
      />
    );
  return (
    <video
      className="evidence-file__video"
      controls
      preload="metadata"
      src={src}
      aria-label={file.name}
      onError={onError}
    />
  );
}

interface EvidenceFileEntryProps extends Pick<EvidenceFileListProps, 'onRemove' | 'removing'> {
  file: EvidenceFile;
  onView: () => void;
}

/** One file; a PDF is framed on the page, full width below its actions, once asked for. */
function EvidenceFileEntry({ file, onView, onRemove, removing }: EvidenceFileEntryProps) {
  const [pdfShown, setPdfShown] = useState(false);
  const frameId = useId();
  const isPdf = filePreviewOf(file) === 'pdf';
  return (
    <li className="evidence-file">
      <Preview file={file} onView={onView} />
      <div className="evidence-file__about">
        <span className="evidence-file__name">{file.name}</span>
        <span className="muted evidence-file__size">{formatFileSize(file.size)}</span>
      </div>
      <div className="evidence-file__actions">
        {isPdf ? (
          <>
            <Button
              variant="secondary"
              className="button--small"
              aria-expanded={pdfShown}
              aria-controls={pdfShown ? frameId : undefined}
              onPress={() => setPdfShown(!pdfShown)}
            >
              {pdfShown ? 'Hide PDF' : 'Show PDF'}
              <span className="visually-hidden"> {file.name}</span>
            </Button>
            {/* The fallback where a browser will not show a PDF in a frame. */}
            <a href={evidenceFileUrl(file, true)} target="_blank" rel="noopener noreferrer">
              Open PDF<span className="visually-hidden"> {file.name} (opens in a new tab)</span>
            </a>
          </>
        ) : null}
        <a href={evidenceFileUrl(file)} download={file.name}>
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
      {isPdf && pdfShown ? (
        <iframe
          id={frameId}
          className="evidence-file__pdf"
          src={evidenceFileUrl(file, true)}
          title={file.name}
        />
      ) : null}
    </li>
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
  const [shownPhoto, setShownPhoto] = useState<number | null>(null);
  if (files.length === 0) return <p className="muted">No files.</p>;
  const photos = files.filter((file) => filePreviewOf(file) === 'image');
  return (
    <>
      <ul className="evidence-files" aria-label={label}>
        {files.map((file) => (
          <EvidenceFileEntry
            key={file.id}
            file={file}
            onView={() => setShownPhoto(photos.indexOf(file))}
            onRemove={onRemove}
            removing={removing}
          />
        ))}
      </ul>
      <PhotoViewer photos={photos} shown={shownPhoto} onShownChange={setShownPhoto} />
    </>
  );
}
