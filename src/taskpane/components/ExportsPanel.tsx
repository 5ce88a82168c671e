import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, PeopleTeamRegular } from "@fluentui/react-icons";
import type { Period } from "../../core/register/period";
import type { ExportOutcome, ExportsState } from "../hooks/useExports";
import { useTexts } from "../i18n/LangContext";
import type { Texts } from "../i18n/texts";
import { ErrorBar } from "./ErrorBar";
import { Notice } from "./Notice";
import { Progress } from "./Progress";
import { Section } from "./Section";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS, flexWrap: "wrap" },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface ExportsPanelProps {
  exports: ExportsState;
  period?: Period;
}

/** "Eksporter til rådet" and "Last ned web-feed", for the chosen period. */
export function ExportsPanel({ exports, period }: ExportsPanelProps) {
  const styles = useStyles();
  const { t } = useTexts();
  const { task, outcome } = exports;
  if (!exports.available) return null;
  return (
    <Section title={t.exportsHeading}>
      <Body1 className={styles.hint}>{exports.opensWorkbook ? t.exportsHintOffice : t.exportsHintBrowser}</Body1>
      <div className={styles.row}>
        <Button icon={<PeopleTeamRegular />} disabled={task.busy} onClick={() => void exports.council(period)}>
          {t.exportCouncil}
        </Button>
        <Button icon={<ArrowDownloadRegular />} disabled={task.busy} onClick={() => void exports.feed(period)}>
          {t.downloadFeed}
        </Button>
      </div>
      <Progress show={task.showProgress} label={t.exportingCouncil} />
      <ErrorBar message={task.error} onDismiss={task.clearError} />
      <Notice message={outcome ? outcomeText(outcome, t) : undefined} />
    </Section>
  );
}

function outcomeText(o: ExportOutcome, t: Texts): string {
  switch (o.kind) {
    case "council-opened":
      return [t.councilOpened, o.behind ? t.openedBehind : ""].filter(Boolean).join(" ");
    case "council-downloaded":
      return [o.notOpened ? t.notOpened(o.notOpened) : "", t.councilDownloaded(o.file)].filter(Boolean).join(" ");
    case "feed-downloaded":
      return t.feedDownloaded(o.file);
  }
}
