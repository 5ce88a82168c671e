import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useTexts } from "../i18n/LangContext";
import { Section } from "./Section";

const useStyles = makeStyles({
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  hide: { alignSelf: "flex-start" },
});

export interface SampleHintProps {
  onHide: () => void;
}

/** With the sample register open: what it is, and three steps to try. */
export function SampleHint({ onHide }: SampleHintProps) {
  const styles = useStyles();
  const { t } = useTexts();
  return (
    <Section title={t.sampleHeading}>
      <Body1>{t.sampleIntro}</Body1>
      <ol className={styles.steps}>
        {t.sampleSteps.map((step) => (
          <li key={step}>
            <Body1>{step}</Body1>
          </li>
        ))}
      </ol>
      <Body1>{t.sampleOwn}</Body1>
      <Button className={styles.hide} size="small" onClick={onHide}>
        {t.hide}
      </Button>
    </Section>
  );
}
