import { Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { InfoRegular, LocalLanguageRegular } from "@fluentui/react-icons";
import { useTexts } from "../i18n/LangContext";

const useStyles = makeStyles({
  // At 175 CSS px (Excel's 350 px pane at 200 % zoom) the buttons move below the title rather than off the edge.
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  titles: { display: "flex", flexDirection: "column", flex: "1 1 8rem", minWidth: 0 },
  title: {
    margin: 0,
    overflowWrap: "anywhere",
    "@media (max-width: 240px)": { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  },
  subtitle: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", justifyContent: "flex-end", columnGap: tokens.spacingHorizontalXS, maxWidth: "100%" },
});

export interface HeaderProps {
  /** Whether "Om tillegget" is open, and how to open or close it. */
  aboutOpen: boolean;
  onToggleAbout: () => void;
}

/** The pane's title, "Om tillegget" and the language switch. */
export function Header({ aboutOpen, onToggleAbout }: HeaderProps) {
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
      <div className={styles.actions}>
        <Button size="small" appearance="subtle" icon={<InfoRegular />} aria-expanded={aboutOpen} onClick={onToggleAbout}>
          {t.about}
        </Button>
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
      </div>
    </header>
  );
}
