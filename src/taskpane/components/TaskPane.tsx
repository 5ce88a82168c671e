import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { useHost } from "../host/HostContext";
import { useWorkbook } from "../hooks/useWorkbook";
import { useTexts } from "../i18n/LangContext";
import { AboutPanel } from "./AboutPanel";
import { ErrorBar } from "./ErrorBar";
import { FilePicker } from "./FilePicker";
import { Header } from "./Header";
import { Progress } from "./Progress";
import { WorkbookView } from "./WorkbookView";

const useStyles = makeStyles({
  pane: {
    display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    minHeight: "100vh", boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1,
  },
  retry: { alignSelf: "flex-start" },
});

/** The whole pane: the header (and "Om tillegget" when opened), in the browser the file picker, then the view of the open workbook. */
export function TaskPane() {
  const styles = useStyles();
  const host = useHost();
  const { t } = useTexts();
  const { workbook, inspection, setInspection, openFile, retry, task } = useWorkbook(host);
  const [aboutOpen, setAboutOpen] = useState(false);
  return (
    <main className={styles.pane}>
      <Header aboutOpen={aboutOpen} onToggleAbout={() => setAboutOpen((open) => !open)} />
      {aboutOpen ? <AboutPanel /> : null}
      {host.mode === "browser" ? (
        <FilePicker fileName={workbook?.name} disabled={task.busy} onOpen={(file) => void openFile(file)} />
      ) : null}
      <Progress show={task.showProgress} label={t.reading} />
      <ErrorBar message={task.error} onDismiss={task.clearError} />
      {retry && !workbook && !task.busy && task.error ? (
        <Button className={styles.retry} icon={<ArrowClockwiseRegular />} onClick={() => void retry()}>
          {t.retry}
        </Button>
      ) : null}
      {workbook && inspection ? <WorkbookView key={workbook.name ?? "office"} workbook={workbook} inspection={inspection} onInspected={setInspection} /> : null}
    </main>
  );
}
