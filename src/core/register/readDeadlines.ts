import { cellText, type CellValue } from "../cells";
import type { Finding } from "../findings/finding";
import { cellPlace } from "./cellPlace";
import { normalizeName } from "../sheet";
import { parseDate, type IsoDate } from "./dates";
import type { SheetLayout } from "./model";
import { parsePeriod, type Period } from "./period";
import type { RawRecord } from "./readRows";

/** The reporting deadline of each period that has one. */
export type Deadlines = Partial<Record<Period, IsoDate>>;

/** The Kodeverk list that holds the deadlines, in either language. */
export const DEADLINE_LIST = { nb: "Frist", en: "Deadline" } as const;

/** True for the list name Frist [Deadline]. */
export function isDeadlineList(list: string): boolean {
  const key = normalizeName(list);
  return key === normalizeName(DEADLINE_LIST.nb) || key === normalizeName(DEADLINE_LIST.en);
}

/**
 * One row of the Frist list: "2023-Q2: 2023-03-30" in Kode, or the period in
 * Kode and the date in Beskrivelse. A row that names no period and date is a
 * warning at its code cell; the round then simply knows no deadline for it.
 */
export function readDeadlineCode(r: RawRecord, layout: SheetLayout | undefined, deadlines: Deadlines, findings: Finding[]): void {
  const code = cellText(r.code as CellValue);
  const pair = /^(.+?):(.+)$/.exec(code);
  const period = parsePeriod(pair ? pair[1] : code);
  const dateText = pair ? pair[2] : r.description === undefined ? "" : cellText(r.description as CellValue);
  const date = dateText.trim() === "" ? undefined : parseDate(dateText);
  if (period && date) {
    deadlines[period] = date;
    return;
  }
  findings.push({
    type: "cell/deadline-code",
    severity: "warning",
    ...cellPlace(layout, r.row, "code"),
    value: code,
  });
}
