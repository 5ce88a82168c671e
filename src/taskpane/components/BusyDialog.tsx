import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { Running } from "../hooks/ActivityContext";
import { useTexts } from "../i18n/LangContext";

export interface BusyDialogProps {
  running: Running;
  onClose: () => void;
  /** Called once the running action has stopped: the user goes on to choose a file. */
  onCancelled: () => void;
}

/**
 * Asked when the user opens another file while an action runs: stop it (its
 * result is dropped, nothing is downloaded under the new file's name), or
 * wait for it.
 */
export function BusyDialog({ running, onClose, onCancelled }: BusyDialogProps) {
  const { t } = useTexts();
  const stopAndChoose = async () => {
    onClose();
    running.cancel?.();
    await running.ended;
    onCancelled();
  };
  return (
    <Dialog open modalType="alert" onOpenChange={(_e, data) => (data.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.busyTitle(running.label)}</DialogTitle>
          <DialogContent>{t.busyText}</DialogContent>
          <DialogActions>
            {running.cancel ? (
              <Button appearance="primary" onClick={() => void stopAndChoose()}>
                {t.busyCancel}
              </Button>
            ) : null}
            <Button onClick={onClose}>{t.busyWait}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
