import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { CopyRegular } from "@fluentui/react-icons";
import { useAbout } from "../hooks/useAbout";
import { useTexts } from "../i18n/LangContext";
import { Hint } from "./Hint";
import { Notice } from "./Notice";
import { Section } from "./Section";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  pair: { display: "contents" },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: "anywhere" },
  copy: { alignSelf: "flex-start" },
});

/** "Om tillegget": what a support request needs to know, and "Kopier" to paste it there. */
export function AboutPanel() {
  const styles = useStyles();
  const { t } = useTexts();
  const about = useAbout();
  return (
    <Section title={t.aboutHeading}>
      <Hint>{t.aboutHint}</Hint>
      <dl className={styles.list}>
        {about.lines.map((line) => (
          <div key={line.label} className={styles.pair}>
            <dt className={styles.term}>{line.label}</dt>
            <dd className={styles.value}>{line.value}</dd>
          </div>
        ))}
      </dl>
      <Button className={styles.copy} icon={<CopyRegular />} onClick={() => void about.copy()}>
        {t.copy}
      </Button>
      <Notice message={about.copied === "done" ? t.copied : undefined} />
      <Notice intent="warning" message={about.copied === "failed" ? t.copyFailed : undefined} />
    </Section>
  );
}
