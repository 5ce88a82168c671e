import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface HintProps {
  children: ReactNode;
  /** Caption size, for a line beside a button; body size under a section's heading. */
  small?: boolean;
  /** For the button the line explains (aria-describedby). */
  id?: string;
}

/** A line that explains an action or a state, in the pane's secondary text colour. */
export function Hint({ children, small = false, id }: HintProps) {
  const styles = useStyles();
  const Text = small ? Caption1 : Body1;
  return (
    <Text id={id} className={styles.hint}>
      {children}
    </Text>
  );
}
