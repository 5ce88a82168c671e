import { Body1, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ClipboardTaskListLtrRegular } from "@fluentui/react-icons";
import { useMemo } from "react";
import type { Period } from "../../core/register/period";
import { groupFindings } from "../hooks/groupFindings";
import type { ChecksState } from "../hooks/useChecks";
import { useTexts } from "../i18n/LangContext";
import { ErrorBar } from "./ErrorBar";
import { FindingsList } from "./FindingsList";
import { Notice } from "./Notice";
import { Progress } from "./Progress";
import { Section } from "./Section";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  summary: { color: tokens.colorNeutralForeground2 },
});

export interface ChecksPanelProps {
  checks: ChecksState;
  period?: Period;
  selectsCells: boolean;
}

/** "Kontroller" and what it found. */
export function ChecksPanel({ checks, period, selectsCells }: ChecksPanelProps) {
  const styles = useStyles();
  const { t } = useTexts();
  const { last, task } = checks;
  const groups = useMemo(() => groupFindings(last?.findings ?? []), [last]);
  const errors = groups.reduce((n, g) => n + g.errors, 0);
  const warnings = groups.reduce((n, g) => n + g.warnings, 0);
  return (
    <Section title={t.checksHeading}>
      <div className={styles.row}>
        <Button icon={<ClipboardTaskListLtrRegular />} disabled={task.busy} onClick={() => void checks.run(period)}>
          {t.check}
        </Button>
        <Progress show={task.showProgress} label={t.checking} />
      </div>
      <ErrorBar message={task.error} onDismiss={task.clearError} />
      {last ? (
        <div aria-live="polite">
          {last.period ? <Body1 className={styles.summary}>{t.checkedFor(last.period)}: </Body1> : null}
          <Text weight="semibold">{t.checkResult(errors, warnings)}</Text>
        </div>
      ) : null}
      {last && groups.length === 0 ? <Notice message={t.noFindings} /> : null}
      {last && groups.length > 0 ? (
        <FindingsList groups={groups} selectsCells={selectsCells} onSelect={(f) => void checks.select(f)} />
      ) : null}
    </Section>
  );
}
