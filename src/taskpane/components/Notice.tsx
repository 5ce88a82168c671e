import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export interface NoticeProps {
  message?: string;
  intent?: "success" | "info" | "warning";
}

/** A short confirmation after an operation (report written, register created). */
export function Notice({ message, intent = "success" }: NoticeProps) {
  if (!message) return null;
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
