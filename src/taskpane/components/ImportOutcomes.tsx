import { Badge, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ImportOutcome, ImportRow } from "../hooks/useImport";
import { useTexts } from "../i18n/LangContext";
import type { PaneText } from "../i18n/texts";
import { FindingItem } from "./FindingItem";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  top: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  file: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  findings: { margin: 0, padding: 0 },
});

export interface ImportOutcomesProps {
  outcome: ImportOutcome;
  /** The period the pane shows now, after the import. */
  period?: string;
}

/**
 * Each chosen template's fate: imported (with its rows) or rejected (with the
 * findings that say why); and, when the register changed, which workbook and
 * period the pane shows now.
 */
export function ImportOutcomes({ outcome, period }: ImportOutcomesProps) {
  const styles = useStyles();
  const { t } = useTexts();
  const imported = outcome.rows.filter((r) => r.imported).length;
  const summary = [
    `${t.importSummary(imported, outcome.rows.length - imported)}.`,
    outcome.file ? t.importDownloaded(outcome.file) : "",
    outcome.reread ? t.importNowShowing(outcome.file, period ?? "–") : "",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <>
      <Notice intent={imported > 0 ? "success" : "warning"} message={summary} />
      <ul className={styles.list} aria-label={t.outcomesHeading}>
        {outcome.rows.map((row, i) => (
          <li key={`${row.file}-${row.id ?? ""}-${i}`} className={styles.item}>
            <span className={styles.top}>
              <Badge appearance="tint" size="small" color={row.imported ? "success" : "danger"}>
                {resultText(row, t)}
              </Badge>
              {row.id ? <Text weight="semibold">{[row.id, row.period].filter(Boolean).join(" ")}</Text> : null}
            </span>
            <Caption1 className={styles.file}>{row.file}</Caption1>
            {row.unusable ? <Text size={200}>{row.unusable}</Text> : null}
            {row.findings.length > 0 ? (
              <ul className={styles.findings}>
                {row.findings.map((f, j) => (
                  // The cells are the template file's, not the open workbook's: listed, not selected.
                  <FindingItem key={`${f.type}-${f.cell ?? ""}-${j}`} finding={f} selectsCells={false} onSelect={() => undefined} />
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

function resultText(row: ImportRow, t: PaneText): string {
  if (!row.imported) {
    return t.outcomeRejected;
  }
  return row.changed ? t.outcomeImported(row.rowsWritten) : t.outcomeUnchanged;
}
