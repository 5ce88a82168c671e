import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentTableRegular } from "@fluentui/react-icons";
import type { Period } from "../../core/register/period";
import type { ReportOutcome, ReportState } from "../hooks/useReport";
import { useTexts } from "../i18n/LangContext";
import type { Texts } from "../i18n/texts";
import { ErrorBar } from "./ErrorBar";
import { Notice } from "./Notice";
import { Progress } from "./Progress";
import { Section } from "./Section";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface ReportPanelProps {
  report: ReportState;
  period?: Period;
  /** In the browser the report is downloaded rather than written into Excel. */
  downloads: boolean;
}

/** "Bygg rapport": the report sheets with their charts, for the chosen period. */
export function ReportPanel({ report, period, downloads }: ReportPanelProps) {
  const styles = useStyles();
  const { t } = useTexts();
  const { task, outcome } = report;
  return (
    <Section title={t.reportHeading}>
      <Body1 className={styles.hint}>{downloads ? t.reportHintBrowser : t.reportHintOffice}</Body1>
      <div className={styles.row}>
        <Button appearance="primary" icon={<DocumentTableRegular />} disabled={task.busy} onClick={() => void report.build(period)}>
          {t.buildReport}
        </Button>
        <Progress show={task.showProgress} label={t.buildingReport} />
      </div>
      <ErrorBar message={task.error} onDismiss={task.clearError} />
      <Notice message={outcome ? outcomeText(outcome, t) : undefined} />
    </Section>
  );
}

function outcomeText(outcome: ReportOutcome, t: Texts): string {
  return outcome.kind === "downloaded" ? t.reportDownloaded(outcome.file) : t.reportWritten(outcome.sheets.join(", "));
}
