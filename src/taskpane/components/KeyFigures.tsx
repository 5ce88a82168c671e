import { makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber } from "../i18n/formatNumber";
import { useTexts } from "../i18n/LangContext";
import { CARD_LOOK } from "./cardLook";
import type { KeyFigureValues } from "../work/jobs";

const useStyles = makeStyles({
  // Two columns at Excel's 350 px, one when the pane is narrower (zoomed in).
  list: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 9rem), 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  figure: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    ...CARD_LOOK,
  },
  wide: { gridColumn: "1 / -1" },
  label: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
  value: {
    margin: 0,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase600,
    overflowWrap: "anywhere",
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

export interface KeyFiguresProps {
  figures: KeyFigureValues;
}

/** Active, red status, red risk, critical dependencies and budget, as a term/value list. */
export function KeyFigures({ figures }: KeyFiguresProps) {
  const styles = useStyles();
  const { lang, t } = useTexts();
  const rows: Array<{ label: string; value?: string; wide?: boolean }> = [
    { label: t.active, value: shown(figures.active) },
    { label: t.redStatus, value: shown(figures.redStatus) },
    { label: t.redRisk, value: shown(figures.redRisk) },
    { label: t.criticalDependencies, value: shown(figures.criticalDependencies) },
    { label: t.budget, value: figures.budget === undefined ? undefined : t.budgetValue(formatNumber(figures.budget, lang)), wide: true },
  ];
  function shown(n: number | undefined): string | undefined {
    return n === undefined ? undefined : formatNumber(n, lang);
  }
  return (
    <dl className={styles.list}>
      {rows.map((r) => (
        <div key={r.label} className={r.wide ? `${styles.figure} ${styles.wide}` : styles.figure}>
          <dt className={styles.label}>{r.label}</dt>
          <dd className={styles.value}>
            {r.value ?? (
              <>
                <span aria-hidden="true">–</span>
                <span className={styles.hidden}>{t.notAvailable}</span>
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
