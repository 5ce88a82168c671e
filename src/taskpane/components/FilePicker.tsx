import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { FolderOpenRegular } from "@fluentui/react-icons";
import { useRef, type ChangeEvent } from "react";
import { useTexts } from "../i18n/LangContext";

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
  // The native input stays in the page for assistive tech and automation, but the Fluent button is what shows.
  input: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  file: { color: tokens.colorNeutralForeground2, wordBreak: "break-all" },
});

export interface FilePickerProps {
  fileName?: string;
  disabled?: boolean;
  onOpen: (file: File) => void;
}

/** "Åpne .xlsx" in the browser: the workbook is read in the page, never uploaded. */
export function FilePicker({ fileName, disabled, onOpen }: FilePickerProps) {
  const styles = useStyles();
  const { t } = useTexts();
  const input = useRef<HTMLInputElement>(null);
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Clearing lets the user open the same file again after editing it.
    e.target.value = "";
    if (file) onOpen(file);
  };
  return (
    <div className={styles.picker}>
      <Body1>{t.standaloneIntro}</Body1>
      <Button appearance="primary" icon={<FolderOpenRegular />} disabled={disabled} onClick={() => input.current?.click()}>
        {t.openFile}
      </Button>
      <input
        ref={input}
        className={styles.input}
        type="file"
        tabIndex={-1}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t.openFileLabel}
        onChange={onChange}
      />
      {fileName ? <Caption1 className={styles.file}>{t.openedFile(fileName)}</Caption1> : null}
    </div>
  );
}
