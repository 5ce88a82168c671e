import { countBySeverity, type Finding } from "../findings/finding";
import type { Register } from "../register/model";
import { periodParts, type Period } from "../register/period";
import { buildTimelines } from "../register/timelines";
import { choosePeriods } from "./choosePeriods";
import { summarizeBudget, type BudgetSummary } from "./summarizeBudget";
import { summarizeCosts, type CostTable } from "./summarizeCosts";
import { summarizeDependencies, type DependenciesSummary } from "./summarizeDependencies";
import { summarizeGoals, type SustainabilityGoalsSummary } from "./summarizeGoals";
import { summarizeInitiatives, type InitiativesSummary } from "./summarizeInitiatives";
import { summarizeRoadmap, type Roadmap } from "./summarizeRoadmap";
import { summarizeStatus, type StatusSummary } from "./summarizeStatus";
import { summarizeTopics, type TopicSummary } from "./summarizeTopics";
import { writeSummaryText, type SummaryText } from "./writeSummaryText";
import { summarizeHistory, type HistorySummary } from "../history/summarizeHistory";
import type { IsoDate } from "../register/dates";
import { summarizeRound, type RoundSummary } from "../round/summarizeRound";
import { findSignals } from "../signals/findSignals";
import type { Signal } from "../signals/signal";
import { explainSignal } from "../signals/signalText";

/** A signal as the summary JSON carries it: with its sentence in Norwegian (`detail`) and the facts behind it. */
export type SummarySignal = Signal & { detail: string };

/** The summary JSON, format 1 (docs/report.md, "Sammendraget som JSON": keys are fixed, in this order). */
export interface Summary {
  format: 1;
  period: Period | null;
  previousPeriod: Period | null;
  initiatives: InitiativesSummary;
  status: StatusSummary;
  risk: StatusSummary;
  dependencies: DependenciesSummary;
  strategicGoals: Record<string, number>;
  sustainabilityGoals: SustainabilityGoalsSummary;
  budget: BudgetSummary;
  operatingCosts: CostTable;
  /** The opening paragraphs of the report (chapter 1), in Norwegian and English. */
  summaryText: SummaryText;
  /** The period's topics, follow-ups first (chapter 4). */
  topics: TopicSummary[];
  /** The roadmap of the plan year (chapter 7); null without a Veikart sheet. */
  roadmap: Roadmap | null;
  /** Status and risk over the last eight periods up to this one. */
  history: HistorySummary;
  /** Who has not reported this period, and who reported after the deadline. */
  round: RoundSummary;
  /** Rule-based flags beside the self-reported colours. */
  signals: SummarySignal[];
  findings: { errors: number; warnings: number };
}

export interface SummaryOptions {
  /** The roadmap's plan year; the year after the period's when absent. */
  year?: number;
  /** The period's reporting deadline, over the one the register's Frist list gives. */
  deadline?: IsoDate;
}

/** Every figure of the portfolio report for one period, from a read register. */
export function summarize(register: Register, findings: readonly Finding[], chosen?: Period, options: SummaryOptions = {}): Summary {
  const { period, previousPeriod } = choosePeriods(register, chosen);
  const timelines = buildTimelines(register);
  const goals = summarizeGoals(register, period, timelines);
  const initiatives = summarizeInitiatives(register, period, previousPeriod, timelines);
  const status = summarizeStatus(register, "status", period, previousPeriod, timelines);
  const risk = summarizeStatus(register, "risk", period, previousPeriod, timelines);
  const history = summarizeHistory(register, period, timelines);
  return {
    format: 1,
    period: period ?? null,
    previousPeriod: previousPeriod ?? null,
    initiatives,
    status,
    risk,
    dependencies: summarizeDependencies(register, period),
    strategicGoals: goals.strategicGoals,
    sustainabilityGoals: goals.sustainabilityGoals,
    budget: summarizeBudget(register, period, timelines),
    operatingCosts: summarizeCosts(register),
    summaryText: writeSummaryText({ initiatives, status, risk, previousPeriod: previousPeriod ?? null }),
    topics: summarizeTopics(register, period),
    roadmap: summarizeRoadmap(register, options.year ?? planYearAfter(period)),
    history,
    round: summarizeRound(register, period, options.deadline, timelines),
    signals: findSignals(register, period, history).map((signal) => {
      const { type, id, name, owner, params } = signal;
      return { type, id, name, owner, detail: explainSignal(signal, "nb"), params } as SummarySignal;
    }),
    findings: countBySeverity(findings),
  };
}

/** The roadmap's default plan year: the one after the period's ("Tiltak for 2024" in a 2023 report). */
export function planYearAfter(period: Period | undefined): number | undefined {
  return period ? periodParts(period).year + 1 : undefined;
}
