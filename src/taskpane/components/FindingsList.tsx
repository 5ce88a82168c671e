import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/findings/finding";
import { useTexts } from "../i18n/LangContext";
import type { FindingGroup } from "../work/jobs";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  // The sheet's name and its counts wrap rather than push the pane wider (175 CSS px at 200 % zoom).
  header: { flexWrap: "wrap", minWidth: 0, textAlign: "left", overflowWrap: "anywhere" },
  counts: { color: tokens.colorNeutralForeground2, marginLeft: tokens.spacingHorizontalS },
  more: { color: tokens.colorNeutralForeground2 },
});

export interface FindingsListProps {
  groups: readonly FindingGroup[];
  selectsCells: boolean;
  onSelect: (finding: Finding) => void;
}

/** Findings grouped by sheet, each sheet a section that opens and closes; sheets with errors start open. */
export function FindingsList({ groups, selectsCells, onSelect }: FindingsListProps) {
  const styles = useStyles();
  const { t } = useTexts();
  const open = groups.filter((g) => g.errors > 0).map(keyOf);
  return (
    <Accordion multiple collapsible defaultOpenItems={open.length > 0 ? open : groups.slice(0, 1).map(keyOf)}>
      {groups.map((g) => {
        const hidden = g.errors + g.warnings - g.findings.length;
        return (
          <AccordionItem key={keyOf(g)} value={keyOf(g)}>
            <AccordionHeader as="h3" size="small" button={{ className: styles.header }}>
              {g.sheet ?? t.wholeWorkbook}
              <Caption1 className={styles.counts}>{t.sheetCounts(g.errors, g.warnings)}</Caption1>
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list}>
                {g.findings.map((f, i) => (
                  <FindingItem key={`${f.type}-${f.cell ?? ""}-${i}`} finding={f} selectsCells={selectsCells} onSelect={onSelect} />
                ))}
              </ul>
              {hidden > 0 ? <Caption1 className={styles.more}>{t.moreFindings(hidden)}</Caption1> : null}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}

function keyOf(g: FindingGroup): string {
  return g.sheet ?? "";
}
