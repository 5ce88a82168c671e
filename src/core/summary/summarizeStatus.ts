import type { Register } from "../register/model";
import type { Period } from "../register/period";
import { isActiveIn, LIGHT, NOT_REPORTED, reportsRisk } from "../register/meanings";
import { buildTimelines, reportIn, type Timeline } from "../register/timelines";
import { byName, ref, type InitiativeRef } from "./summarizeInitiatives";
import { zeroCounts } from "./zeroCounts";

/** Status and risk are counted the same way; they differ in column and in who is counted. */
export type Aspect = "status" | "risk";

export interface RedInitiative extends InitiativeRef {
  reason: string;
}

export interface StatusChange {
  id: string;
  name: string;
  from: string;
  to: string;
}

export interface StatusSummary {
  current: Record<string, number>;
  previous: Record<string, number>;
  red: RedInitiative[];
  changes: StatusChange[];
}

/**
 * Status (Figur 2) or risk (Figur 3) of the active initiatives, current against
 * previous period: counts per code plus Grå for the active ones that did not
 * report, the red ones with their reasons, and who changed between two reported colours.
 */
export function summarizeStatus(
  register: Register,
  aspect: Aspect,
  period: Period | undefined,
  previous: Period | undefined,
  timelines: Map<string, Timeline> = buildTimelines(register),
): StatusSummary {
  const codes = [...register.codes.Status.map((c) => c.code).filter((c) => c !== NOT_REPORTED), NOT_REPORTED];
  const out: StatusSummary = { current: zeroCounts(codes), previous: zeroCounts(codes), red: [], changes: [] };
  for (const t of timelines.values()) {
    if (aspect === "risk" && !reportsRisk(t.initiative.segment)) {
      continue;
    }
    const now = colourIn(t, aspect, period, out.current);
    const before = colourIn(t, aspect, previous, out.previous);
    if (now !== undefined) {
      out.current[now]++;
    }
    if (before !== undefined) {
      out.previous[before]++;
    }
    if (now === LIGHT.red) {
      out.red.push({ ...ref(t), reason: reasonIn(t, aspect, period) });
    }
    // Not reporting is no change of colour: those initiatives are the round's (summarizeRound), not a transition.
    if (now !== undefined && before !== undefined && now !== before && now !== NOT_REPORTED && before !== NOT_REPORTED) {
      out.changes.push({ id: t.initiative.id ?? "", name: t.initiative.name ?? "", from: before, to: now });
    }
  }
  out.red.sort(byName);
  out.changes.sort(byName);
  return out;
}

/** The colour an initiative counts as in a period; undefined when it is not active then. */
function colourIn(t: Timeline, aspect: Aspect, period: Period | undefined, counts: Record<string, number>): string | undefined {
  if (!period || !isActiveIn(t, period)) {
    return undefined;
  }
  const value = reportIn(t, period)?.[aspect];
  return value !== undefined && value in counts ? value : NOT_REPORTED;
}

function reasonIn(t: Timeline, aspect: Aspect, period: Period | undefined): string {
  const row = reportIn(t, period);
  return (aspect === "status" ? row?.statusReason : row?.riskReason) ?? "";
}
