import type { EvidenceFile } from '@signoff/contracts';
import { useEffect } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from '../../../components/button';
import { photoAfter } from '../lib/file-preview';
import { evidenceFileUrl } from '../lib/evidence-file-url';

export interface PhotoViewerProps {
  photos: readonly EvidenceFile[];
  /** The photo shown, or null while the viewer is closed. */
  shown: number | null;
  onShownChange: (shown: number | null) => void;
}

/**
 * A version's photos full size, one at a time, scaled to fit the screen. React Aria keeps focus
 * inside while it is open, closes it on Escape or a press outside, and gives focus back to the
 * thumbnail that opened it; the arrow keys and the buttons move between the photos.
 */
export function PhotoViewer({ photos, shown, onShownChange }: PhotoViewerProps) {
  const photo = shown === null ? undefined : photos[shown];
  return (
    <ModalOverlay
      isOpen={photo !== undefined}
      onOpenChange={(isOpen) => {
        if (!isOpen) onShownChange(null);
      }}
      isDismissable
      className="modal-overlay modal-overlay--viewer"
    >
      <Modal className="modal photo-viewer">
        <Dialog className="dialog photo-viewer__dialog">
          {({ close }) =>
            photo !== undefined && shown !== null ? (
              <PhotoStage
                photo={photo}
                position={shown}
                count={photos.length}
                onStep={(step) => onShownChange(photoAfter(shown, photos.length, step))}
                close={close}
              />
            ) : null
          }
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

interface PhotoStageProps {
  photo: EvidenceFile;
  position: number;
  count: number;
  onStep: (step: 1 | -1) => void;
  close: () => void;
}

function PhotoStage({ photo, position, count, onStep, close }: PhotoStageProps) {
  const several = count > 1;
  useEffect(() => {
    if (!several) return undefined;
    // On the document, so the keys work wherever focus is inside the viewer, the dialog included.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        event.preventDefault();
        onStep(event.key === 'ArrowRight' ? 1 : -1);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [several, onStep]);
  return (
    <>
      <div className="photo-viewer__bar">
        <Heading slot="title" className="dialog__title photo-viewer__title">
          {photo.name}
        </Heading>
        <div className="photo-viewer__actions">
          <a href={evidenceFileUrl(photo)} download={photo.name}>
            Download<span className="visually-hidden"> {photo.name}</span>
          </a>
          <Button variant="secondary" className="button--small" onPress={close}>
            Close
          </Button>
        </div>
      </div>
      <div className="photo-viewer__stage">
        <img className="photo-viewer__photo" src={evidenceFileUrl(photo, true)} alt={photo.name} />
      </div>
      {several ? (
        <div className="photo-viewer__controls">
          <Button variant="secondary" onPress={() => onStep(-1)}>
            Previous<span className="visually-hidden"> photo</span>
          </Button>
          <p className="photo-viewer__position" aria-live="polite">
            Photo {position + 1} of {count}
          </p>
          <Button variant="secondary" onPress={() => onStep(1)}>
            Next<span className="visually-hidden"> photo</span>
          </Button>
        </div>
      ) : null}
    </>
  );
}
