import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { FolderOpenRegular, SparkleRegular } from "@fluentui/react-icons";
import { useRef, useState, type ChangeEvent } from "react";
import type { FileHandle } from "../host/host";
import { useActivity } from "../hooks/ActivityContext";
import { chooseFile, WORKBOOK_ACCEPT } from "../files/chooseFile";
import { useTexts } from "../i18n/LangContext";
import { BusyDialog } from "./BusyDialog";
import { Section } from "./Section";

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start", minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  // The native input stays in the page for assistive tech and automation, but the Fluent button is what shows.
  input: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  file: { color: tokens.colorNeutralForeground2, wordBreak: "break-all" },
});

export interface FilePickerProps {
  /** The file the pane shows; none yet on the first visit. */
  fileName?: string;
  /** True while a file is being opened. */
  opening: boolean;
  onOpen: (file: File, handle?: FileHandle) => void;
  /** Opens the bundled sample register (first visit). */
  onSample?: () => void;
}

/**
 * "Åpne .xlsx" in the browser: the workbook is read in the page, never
 * uploaded. On the first visit it says what to do, and offers the sample
 * register to try. While another action runs, it asks before a new file
 * takes that action's place.
 */
export function FilePicker({ fileName, opening, onOpen, onSample }: FilePickerProps) {
  const styles = useStyles();
  const { t } = useTexts();
  const { running } = useActivity();
  const input = useRef<HTMLInputElement>(null);
  const [asking, setAsking] = useState(false);
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Clearing lets the user open the same file again after editing it.
    e.target.value = "";
    if (file) {
      onOpen(file);
    }
  };
  const choose = () => void chooseFile(input.current, onOpen);
  const open = () => (running && !opening ? setAsking(true) : choose());
  const buttons = (
    <div className={styles.buttons}>
      <Button appearance="primary" icon={<FolderOpenRegular />} disabledFocusable={opening} onClick={open}>
        {t.openFile}
      </Button>
      {!fileName && onSample ? (
        <Button icon={<SparkleRegular />} disabledFocusable={opening} onClick={onSample}>
          {t.trySample}
        </Button>
      ) : null}
    </div>
  );
  const picker = (
    <div className={styles.picker}>
      {fileName ? <Body1>{t.standaloneIntro}</Body1> : null}
      {buttons}
      <input
        ref={input}
        className={styles.input}
        type="file"
        tabIndex={-1}
        accept={WORKBOOK_ACCEPT}
        aria-label={t.openFileLabel}
        onChange={onChange}
      />
      {fileName ? <Caption1 className={styles.file}>{t.openedFile(fileName)}</Caption1> : null}
      {asking && running ? <BusyDialog running={running} onClose={() => setAsking(false)} onCancelled={choose} /> : null}
    </div>
  );
  if (fileName) {
    return picker;
  }
  return (
    <Section title={t.welcomeHeading}>
      <Body1>{t.welcomeText}</Body1>
      {picker}
    </Section>
  );
}
