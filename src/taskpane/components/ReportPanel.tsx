import { DocumentTableRegular } from "@fluentui/react-icons";
import type { Period } from "../../core/register/period";
import type { ReportOutcome, ReportState } from "../hooks/useReport";
import { useTexts } from "../i18n/LangContext";
import type { PaneText } from "../i18n/texts";
import { ActionButton } from "./ActionButton";
import { Hint } from "./Hint";
import { Notice } from "./Notice";
import { Section } from "./Section";
import { TaskOutcome } from "./TaskOutcome";
import { TaskProgress } from "./TaskProgress";

export interface ReportPanelProps {
  report: ReportState;
  period?: Period;
  /** In the browser the report is downloaded rather than written into Excel. */
  downloads: boolean;
}

/** "Bygg rapport": the report sheets with their charts, for the chosen period. */
export function ReportPanel({ report, period, downloads }: ReportPanelProps) {
  const { t } = useTexts();
  const { task, outcome } = report;
  return (
    <Section title={t.reportHeading}>
      <Hint>{downloads ? t.reportHintBrowser : t.reportHintOffice}</Hint>
      <ActionButton
        task={task}
        appearance="primary"
        icon={<DocumentTableRegular />}
        unavailable={period ? undefined : t.noPeriodReason}
        onClick={() => void report.build(period)}
      >
        {t.buildReport}
      </ActionButton>
      <TaskProgress task={task} label={t.buildingReport} />
      <TaskOutcome task={task} />
      {outcome ? <Notice intent={outcome.errors > 0 ? "warning" : "success"} message={outcomeText(outcome, t)} /> : null}
    </Section>
  );
}

function outcomeText(outcome: ReportOutcome, t: PaneText): string {
  const done = outcome.file ? t.reportDownloaded(outcome.file) : t.reportWritten(outcome.sheets.join(", "));
  return outcome.errors > 0 ? `${done} ${t.reportWithErrors(outcome.errors)}` : done;
}
