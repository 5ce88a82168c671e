import type { Register } from "../core/register/model";
import type { Period } from "../core/register/period";
import { summarizeRound, type NotReported } from "../core/round/summarizeRound";

/** The reminder's words, from the caller's text catalogue (the pane has one per language). */
export interface ReminderTexts {
  subject: (period: Period) => string;
  /** `deadline` is ISO, or null when the register gives none for the period. */
  body: (period: Period, deadline: string | null) => string;
}

/** "Purring": whom to remind of the period's report, and the e-mail that does it. */
export interface Reminder {
  period: Period;
  /** Initiatives active in the period that have not reported, by name. */
  notReported: NotReported[];
  /** Their contacts' addresses, each once. */
  addresses: string[];
  /** Those with no contact to write to: the office must find one. */
  withoutContact: NotReported[];
  subject: string;
  body: string;
  /** A mailto: link with the addresses in BCC, so no contact sees the others'. */
  mailto: string;
}

/** Whom a period's reminder goes to: plain data, so it can cross from the worker that holds the register. */
export interface ReminderRecipients {
  period: Period;
  /** Initiatives active in the period that have not reported, by name. */
  notReported: NotReported[];
  /** Their contacts' addresses, each once. */
  addresses: string[];
  /** Those with no contact to write to: the office must find one. */
  withoutContact: NotReported[];
  /** ISO, or null when the register gives no deadline for the period. */
  deadline: string | null;
}

/**
 * The reminder for a period's round: the contacts of the active initiatives
 * that have not reported, and a mailto: link with them in BCC, the subject and
 * the text. Undefined when there is no period.
 */
export function planReminder(register: Register, period: Period | undefined, texts: ReminderTexts): Reminder | undefined {
  const recipients = findReminderRecipients(register, period);
  return recipients && composeReminder(recipients, texts);
}

/** The active initiatives of a period that have not reported, and their contacts' addresses, each once. */
export function findReminderRecipients(register: Register, period: Period | undefined): ReminderRecipients | undefined {
  if (!period) {
    return undefined;
  }
  const round = summarizeRound(register, period);
  const seen = new Set<string>();
  const addresses: string[] = [];
  const withoutContact: NotReported[] = [];
  for (const i of round.notReported) {
    const address = i.contact.trim();
    if (!address.includes("@")) {
      withoutContact.push(i);
      continue;
    }
    if (seen.has(address.toLowerCase())) {
      continue;
    }
    seen.add(address.toLowerCase());
    addresses.push(address);
  }
  return { period, notReported: round.notReported, addresses, withoutContact, deadline: round.deadline };
}

/** The e-mail of a reminder in the caller's words. */
export function composeReminder(recipients: ReminderRecipients, texts: ReminderTexts): Reminder {
  const { period, notReported, addresses, withoutContact, deadline } = recipients;
  const subject = texts.subject(period);
  const body = texts.body(period, deadline);
  return { period, notReported, addresses, withoutContact, subject, body, mailto: mailtoLink(addresses, subject, body) };
}

/** RFC 6068: header values percent-encoded, addresses separated by commas, line breaks as CRLF. */
function mailtoLink(bcc: readonly string[], subject: string, body: string): string {
  const fields = [
    `bcc=${bcc.map(encodeURIComponent).join(",")}`,
    `subject=${encodeURIComponent(subject)}`,
    `body=${encodeURIComponent(body.replace(/\r?\n/g, "\r\n"))}`,
  ];
  return `mailto:?${fields.join("&")}`;
}
