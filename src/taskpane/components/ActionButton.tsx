import { Button, makeStyles, tokens, useId, type ButtonProps } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Task } from "../hooks/useTask";
import { Hint } from "./Hint";

const useStyles = makeStyles({
  button: { alignSelf: "flex-start", maxWidth: "100%" },
  action: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, alignItems: "flex-start", maxWidth: "100%" },
});

export interface ActionButtonProps {
  icon?: ButtonProps["icon"];
  appearance?: ButtonProps["appearance"];
  onClick: () => void;
  children: ReactNode;
  task: Task;
  /** Why the action cannot run here, shown beside the button; the button is then disabled. */
  unavailable?: string;
  /** Where the reason is shown instead, when one line serves several buttons. */
  reasonId?: string;
}

/**
 * A button that starts one of the pane's long actions. While it (or another
 * action) runs, and where it cannot run at all, it is disabled but keeps its
 * focus, so that keyboard users stay where they were and can hear why.
 */
export function ActionButton({ task, unavailable, reasonId: sharedReason, children, icon, appearance, onClick }: ActionButtonProps) {
  const styles = useStyles();
  const ownReason = useId("reason");
  const reasonId = sharedReason ?? ownReason;
  const button = (
    <Button
      className={styles.button}
      icon={icon}
      appearance={appearance}
      onClick={onClick}
      disabledFocusable={task.busy || task.blocked || unavailable !== undefined}
      aria-describedby={unavailable ? reasonId : undefined}
    >
      {children}
    </Button>
  );
  if (!unavailable || sharedReason) {
    return button;
  }
  return (
    <div className={styles.action}>
      {button}
      <Hint small id={reasonId}>
        {unavailable}
      </Hint>
    </div>
  );
}
