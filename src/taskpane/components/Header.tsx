import { Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { LocalLanguageRegular } from "@fluentui/react-icons";
import { useTexts } from "../i18n/LangContext";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  titles: { display: "flex", flexDirection: "column" },
  title: { margin: 0 },
  subtitle: { color: tokens.colorNeutralForeground2 },
});

/** The pane's title and the language switch. */
export function Header() {
  const styles = useStyles();
  const { lang, t, setLang } = useTexts();
  const other = lang === "nb" ? "en" : "nb";
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <Text as="h1" size={500} weight="semibold" className={styles.title}>
          {t.appTitle}
        </Text>
        <Caption1 className={styles.subtitle}>{t.appSubtitle}</Caption1>
      </div>
      <Button
        size="small"
        appearance="subtle"
        icon={<LocalLanguageRegular />}
        lang={other}
        aria-label={t.otherLanguageLabel}
        onClick={() => setLang(other)}
      >
        {t.otherLanguage}
      </Button>
    </header>
  );
}
