import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { useHost } from "../host/HostContext";
import { useWorkbook } from "../hooks/useWorkbook";
import { useTexts } from "../i18n/LangContext";
import { AboutPanel } from "./AboutPanel";
import { FilePicker } from "./FilePicker";
import { Header } from "./Header";
import { SampleHint } from "./SampleHint";
import { TaskOutcome } from "./TaskOutcome";
import { TaskProgress } from "./TaskProgress";
import { WorkbookView } from "./WorkbookView";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    minHeight: "100vh",
    boxSizing: "border-box",
    minWidth: 0,
    overflowWrap: "break-word",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // Excel's 350 px pane at 200 % zoom is 175 CSS px: less margin leaves the text room.
    "@media (max-width: 240px)": { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}` },
  },
  retry: { alignSelf: "flex-start" },
});

/** The whole pane: the header (and "Om tillegget" when opened), in the browser the file picker, then the view of the open workbook. */
export function TaskPane() {
  const styles = useStyles();
  const host = useHost();
  const { t } = useTexts();
  const state = useWorkbook(host);
  const { workbook, inspection, task } = state;
  const [aboutOpen, setAboutOpen] = useState(false);
  const [hintHidden, setHintHidden] = useState(false);
  useEffect(() => setHintHidden(false), [state.sample]);
  return (
    <main className={styles.pane}>
      <Header aboutOpen={aboutOpen} onToggleAbout={() => setAboutOpen((open) => !open)} />
      {aboutOpen ? <AboutPanel /> : null}
      {host.mode === "browser" ? (
        <FilePicker
          fileName={workbook ? state.name : undefined}
          opening={task.busy}
          onOpen={(file, handle) => void state.openFile(file, handle)}
          onSample={state.openSample && (() => void state.openSample?.())}
        />
      ) : null}
      <TaskProgress task={task} label={t.reading} />
      <TaskOutcome task={task} />
      {state.retry && !workbook && !task.busy && (task.error || task.cancelled) ? (
        <Button className={styles.retry} icon={<ArrowClockwiseRegular />} onClick={() => void state.retry?.()}>
          {t.retry}
        </Button>
      ) : null}
      {state.sample && !hintHidden && inspection?.kind === "register" ? <SampleHint onHide={() => setHintHidden(true)} /> : null}
      {workbook && inspection ? (
        <WorkbookView
          key={state.session}
          workbook={workbook}
          name={state.name}
          inspection={inspection}
          onInspected={state.setInspection}
          onRenamed={state.rename}
        />
      ) : null}
    </main>
  );
}
