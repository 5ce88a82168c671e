import { Body1, Button, Field, Link, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { CopyRegular, MailRegular } from "@fluentui/react-icons";
import { useCallback, useMemo, useState } from "react";
import { planReminder, type Reminder } from "../../app/planReminder";
import type { CheckResult } from "../../core/checks/checkRegister";
import type { Period } from "../../core/register/period";
import { copyText } from "../hooks/useAbout";
import { useTexts } from "../i18n/LangContext";
import { Notice } from "./Notice";
import { Section } from "./Section";

const useStyles = makeStyles({
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: "center",
  },
  mail: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
});

export interface PurringPanelProps {
  check: CheckResult;
  period?: Period;
}

/** The reminder of the period's round and whether the addresses were copied. */
export function usePurring(check: CheckResult, period: Period | undefined) {
  const { t } = useTexts();
  const reminder: Reminder | undefined = useMemo(
    () => planReminder(check.register, period, { subject: t.reminderSubject, body: t.reminderBody }),
    [check, period, t],
  );
  const [copied, setCopied] = useState<"done" | "failed" | undefined>();
  const addresses = reminder?.addresses.join("; ") ?? "";
  const copy = useCallback(async () => setCopied((await copyText(addresses)) ? "done" : "failed"), [addresses]);
  return { reminder, addresses, copy, copied };
}

/** "Purring": who has not reported this period, their contacts' addresses to copy, and an e-mail with them in BCC. */
export function PurringPanel({ check, period }: PurringPanelProps) {
  const styles = useStyles();
  const { t } = useTexts();
  const { reminder, addresses, copy, copied } = usePurring(check, period);
  if (!reminder) {
    return null;
  }
  if (reminder.notReported.length === 0) {
    return (
      <Section title={t.purringHeading}>
        <Body1>{t.purringNone(reminder.period)}</Body1>
      </Section>
    );
  }
  return (
    <Section title={t.purringHeading}>
      <Body1>{t.purringIntro(reminder.notReported.length, reminder.period)}</Body1>
      {reminder.addresses.length > 0 ? (
        <>
          <Field label={t.purringAddresses}>
            <Textarea readOnly value={addresses} resize="vertical" />
          </Field>
          <div className={styles.actions}>
            <Button icon={<CopyRegular />} onClick={() => void copy()}>
              {t.purringCopy}
            </Button>
            <Link href={reminder.mailto} className={styles.mail}>
              <MailRegular aria-hidden="true" />
              {t.purringMail}
            </Link>
          </div>
        </>
      ) : null}
      <Notice message={copied === "done" ? t.purringCopied : undefined} />
      <Notice intent="warning" message={copied === "failed" ? t.purringCopyFailed : undefined} />
      <Notice
        intent="warning"
        message={
          reminder.withoutContact.length > 0 ? t.purringWithoutContact(reminder.withoutContact.map((i) => i.name).join(", ")) : undefined
        }
      />
    </Section>
  );
}
