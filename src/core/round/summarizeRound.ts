import type { IsoDate } from "../register/dates";
import type { Register } from "../register/model";
import type { Period } from "../register/period";
import { buildTimelines, reportIn, type Timeline } from "../register/timelines";
import { isActiveIn } from "../register/meanings";
import { byName } from "../summary/summarizeInitiatives";

export interface NotReported {
  id: string;
  name: string;
  owner: string;
  /** The initiative's Kontakt, empty when none is given. */
  contact: string;
}

export interface LateReport {
  id: string;
  name: string;
  owner: string;
  reportedOn: IsoDate;
}

/** The reporting round of a period: who has not reported, and who reported after the deadline. */
export interface RoundSummary {
  period: Period | null;
  /** The period's reporting deadline (--deadline, else the Kodeverk list Frist); null when none is known. */
  deadline: IsoDate | null;
  notReported: NotReported[];
  /** Empty when no deadline is known. */
  late: LateReport[];
}

/**
 * The round the portfolio office chases: active initiatives with no row for
 * the period, with owner and contact, and rows reported after the deadline.
 * `deadline` overrides the register's own for the period.
 */
export function summarizeRound(
  register: Register,
  period: Period | undefined,
  deadline?: IsoDate,
  timelines: Map<string, Timeline> = buildTimelines(register),
): RoundSummary {
  const due = deadline ?? (period ? register.deadlines[period] : undefined) ?? null;
  const out: RoundSummary = { period: period ?? null, deadline: due, notReported: [], late: [] };
  for (const t of timelines.values()) {
    const row = reportIn(t, period);
    const { id = "", name = "", owner = "", contact = "" } = t.initiative;
    if (!row && isActiveIn(t, period)) {
      out.notReported.push({ id, name, owner, contact });
    }
    // A late row is late whatever phase it reports (a closing report counts too).
    if (due && row?.reportedOn && row.reportedOn > due) {
      out.late.push({ id, name, owner, reportedOn: row.reportedOn });
    }
  }
  out.notReported.sort(byName);
  out.late.sort(byName);
  return out;
}
