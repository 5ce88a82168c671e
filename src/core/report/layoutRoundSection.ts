import type { Lang } from "../messages/catalogue";
import type { RoundSummary } from "../round/summarizeRound";
import { HISTORY_TEXT } from "./historyText";
import type { SheetBuilder } from "./sheetBuilder";
import { SHEET_TEXT } from "./sheetText";
import { BODY, DATE_FORMAT, HEADER, HEADING, NOTE } from "./styles";

/**
 * The reporting round on Oppsummering: the deadline, the active initiatives
 * that have not reported with owner and (unless left out) contact, and the
 * reports made after the deadline.
 */
export function layoutRoundSection(b: SheetBuilder, round: RoundSummary, lang: Lang, withContacts: boolean): void {
  const t = HISTORY_TEXT[lang];
  const s = SHEET_TEXT[lang];
  b.row([t.round], HEADING);
  b.row([round.deadline ? t.deadline(dayText(round.deadline, lang)) : t.noDeadline], NOTE);
  b.row([t.notReported], { bold: true });
  b.row(withContacts ? [s.name, s.id, s.owner, null, t.contact] : [s.name, s.id, s.owner], HEADER);
  if (round.notReported.length === 0) {
    b.row([s.none], { italic: true });
  }
  for (const i of round.notReported) {
    const r = b.row([i.name, i.id, i.owner], { ...BODY, wrap: true });
    if (withContacts) {
      b.put(r, 5, i.contact || t.noContact);
    }
  }
  if (!round.deadline) {
    return;
  }
  b.row();
  b.row([t.late], { bold: true });
  b.row([s.name, s.id, s.owner, null, t.reportedOn], HEADER);
  if (round.late.length === 0) {
    b.row([s.none], { italic: true });
  }
  for (const i of round.late) {
    const r = b.row([i.name, i.id, i.owner], { ...BODY, wrap: true });
    b.put(r, 5, new Date(`${i.reportedOn}T00:00:00Z`), { numFmt: DATE_FORMAT, horizontal: "left" });
  }
}

function dayText(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return lang === "nb" && m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}
