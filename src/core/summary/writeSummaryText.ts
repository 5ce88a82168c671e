import { LANGS, type Lang } from "../messages/catalogue";
import { LIGHT } from "../register/meanings";
import { OPENING_TEXT, type YellowTrend } from "./openingText";
import type { InitiativesSummary } from "./summarizeInitiatives";
import type { StatusSummary } from "./summarizeStatus";

/** The opening paragraphs of the report (chapter 1), in each language. */
export type SummaryText = { [L in Lang]: string };

/** What the opening paragraphs say: figures of the summary, nothing else. */
export interface OpeningFacts {
  initiatives: InitiativesSummary;
  status: StatusSummary;
  risk: StatusSummary;
  previousPeriod: string | null;
}

/** A change in the yellow share smaller than this many percentage points is "stable". */
export const STABLE_POINTS = 5;

/**
 * The report's opening paragraphs, which any reader can check against the
 * figures: how many are active, which report red status, whether the share
 * of yellow moved, who has red risk; then what was completed, is new and is
 * paused since the previous period.
 */
export function writeSummaryText(facts: OpeningFacts): SummaryText {
  const redStatus = facts.status.red.map((r) => r.name);
  const redRisk = facts.risk.red.map((r) => r.name);
  const also = redRisk.filter((name) => redStatus.includes(name));
  const only = redRisk.filter((name) => !redStatus.includes(name));
  const trend = yellowTrend(facts);
  const { initiatives } = facts;
  const hasPrevious = facts.previousPeriod !== null;
  const text = (lang: Lang) => {
    const t = OPENING_TEXT[lang];
    const first = [t.active(initiatives.active), t.redStatus(redStatus), t.yellow(trend), t.redRisk(also, only)];
    const second = t.changes(initiatives.completed.length, initiatives.new.length, initiatives.paused.length, hasPrevious);
    return `${first.join(" ")}\n\n${second}`;
  };
  return Object.fromEntries(LANGS.map((lang) => [lang, text(lang)])) as SummaryText;
}

function yellowTrend(facts: OpeningFacts): YellowTrend {
  const now = facts.status.current[LIGHT.yellow] ?? 0;
  const before = facts.status.previous[LIGHT.yellow] ?? 0;
  const activeNow = total(facts.status.current);
  const activeBefore = total(facts.status.previous);
  if (facts.previousPeriod === null || activeNow === 0 || activeBefore === 0) {
    return { kind: "count", count: now };
  }
  const from = Math.round((100 * before) / activeBefore);
  const to = Math.round((100 * now) / activeNow);
  const moved = (100 * now) / activeNow - (100 * before) / activeBefore;
  if (Math.abs(moved) < STABLE_POINTS) {
    return { kind: "stable" };
  }
  return { kind: moved > 0 ? "up" : "down", from, to };
}

function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}
