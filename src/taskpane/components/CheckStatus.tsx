import { Link, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useTexts } from "../i18n/LangContext";
import type { CheckSummary } from "../work/jobs";

export interface CheckStatusProps {
  check: CheckSummary;
  /** Takes the user to the findings (the Kontroll section). */
  onShow: () => void;
}

/** The register's check, beside its key figures from the moment it opens: figures from a register with errors are not clean. */
export function CheckStatus({ check, onShow }: CheckStatusProps) {
  const { t } = useTexts();
  const intent = check.errors > 0 ? "error" : check.warnings > 0 ? "warning" : "success";
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {t.checkStatus(check.errors, check.warnings)}{" "}
        {check.errors + check.warnings > 0 ? (
          <Link as="button" inline onClick={onShow}>
            {t.showFindings}
          </Link>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
