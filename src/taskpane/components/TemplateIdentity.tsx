import { makeStyles, tokens } from "@fluentui/react-components";
import type { TemplateMarker } from "../../core/template/templateDoc";
import { useTexts } from "../i18n/LangContext";
import { CARD_LOOK } from "./cardLook";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    ...CARD_LOOK,
  },
  pair: { display: "contents" },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
});

export interface TemplateIdentityProps {
  marker: TemplateMarker;
}

/** What a template is for, as its marker says: the initiative, its owner and the period. */
export function TemplateIdentity({ marker }: TemplateIdentityProps) {
  const styles = useStyles();
  const { t } = useTexts();
  const rows: Array<[string, string]> = [
    [t.templateInitiative, [marker.id, marker.name].filter(Boolean).join(" ")],
    [t.templateOwner, marker.owner],
    [t.period, marker.period],
  ];
  return (
    <dl className={styles.list}>
      {rows.map(([term, value]) => (
        <div key={term} className={styles.pair}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value || "–"}</dd>
        </div>
      ))}
    </dl>
  );
}
