import type { Period } from "../register/period";
import { phaseAsOf, type Timeline } from "./phases";

/**
 * The codes the report's definitions hinge on (register-format.md, "What the
 * figures mean"). They are the built-in canonical codes; a Kodeverk list may
 * add codes around them but the meanings stay tied to these.
 */
export const ACTIVE_PHASE = "Aktiv";
export const RED = "Rød";
export const HIGH_CRITICALITY = "Høy";
/** An active initiative with no row in the period: counted, but as not reported. */
export const NOT_REPORTED = "Grå";
/** Segments that report risk (Figur 3 covers only these). */
export const RISK_SEGMENTS: readonly string[] = ["Samstyring", "Koordinering"];
/** The only segment that reports a budget. */
export const BUDGET_SEGMENT = "Samstyring";

/** True when the initiative's phase, carried forward, is Aktiv in the period. */
export function isActiveIn(t: Timeline, period: Period | undefined): boolean {
  return phaseAsOf(t, period) === ACTIVE_PHASE;
}

/** The initiatives active in a period, in Tiltak order. */
export function activeIn(timelines: Map<string, Timeline>, period: Period | undefined): Timeline[] {
  return [...timelines.values()].filter((t) => isActiveIn(t, period));
}

/** Zero for every code, in code-list order, so a count object always lists them all. */
export function zeroCounts(codes: readonly string[]): Record<string, number> {
  return Object.fromEntries(codes.map((c) => [c, 0]));
}
