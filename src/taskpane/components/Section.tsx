import { makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import type { ReactNode, Ref } from "react";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, overflowWrap: "anywhere" },
});

export interface SectionProps {
  title: string;
  children: ReactNode;
  /** The heading, for a link elsewhere in the pane that takes the user here. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** A titled region of the pane, so screen-reader users can jump between its parts. */
export function Section({ title, children, headingRef }: SectionProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Text as="h2" id={id} size={400} weight="semibold" className={styles.heading} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {title}
      </Text>
      {children}
    </section>
  );
}
