import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/findings/finding";
import { findingMessage } from "../../core/messages/messages";
import { useTexts } from "../i18n/LangContext";

const useStyles = makeStyles({
  item: { listStyleType: "none" },
  button: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    minWidth: 0,
  },
  static: { display: "block", padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}` },
  content: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, alignItems: "flex-start" },
  top: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  place: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
});

export interface FindingItemProps {
  finding: Finding;
  /** Excel can go to the cell; otherwise the item only says where it is. */
  selectsCells: boolean;
  onSelect: (finding: Finding) => void;
}

/** One finding: its severity, its cell and its message; a button to the cell where the host can go there. */
export function FindingItem({ finding, selectsCells, onSelect }: FindingItemProps) {
  const styles = useStyles();
  const { lang, t } = useTexts();
  const place = finding.sheet && finding.cell ? `${finding.sheet}!${finding.cell}` : undefined;
  const content = (
    <span className={styles.content}>
      <span className={styles.top}>
        <Badge appearance="tint" size="small" color={finding.severity === "error" ? "danger" : "warning"}>
          {finding.severity === "error" ? t.error : t.warning}
        </Badge>
        {finding.cell ? (
          <Text size={200} className={styles.place}>
            {finding.cell}
          </Text>
        ) : null}
      </span>
      <Text size={200}>{findingMessage(finding, lang)}</Text>
    </span>
  );
  return (
    <li className={styles.item}>
      {place && selectsCells ? (
        <Button appearance="subtle" className={styles.button} title={t.goToCell(place)} onClick={() => onSelect(finding)}>
          {content}
        </Button>
      ) : (
        <span className={styles.static} title={place ? t.placeOnly(place) : undefined}>
          {content}
        </span>
      )}
    </li>
  );
}
