import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export interface NoticeProps {
  message?: string;
  intent?: "success" | "info" | "warning" | "error";
}

/** A short outcome (report written, check done, cancelled); read out through the pane's one live region. */
export function Notice({ message, intent = "success" }: NoticeProps) {
  if (!message) {
    return null;
  }
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
