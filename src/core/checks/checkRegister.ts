import { compareFindings, type Finding } from "../findings/finding";
import { readRegister } from "../register/readRegister";
import type { Register } from "../register/model";
import type { Period } from "../register/period";
import type { SheetData } from "../sheet";
import { buildCheckContext } from "./checkContext";
import { checkCodeLists } from "./checkCodeLists";
import { checkCodeSheet } from "./checkCodeSheet";
import { checkDeadlines } from "./checkDeadlines";
import { checkDuplicateDependencies } from "./checkDuplicateDependencies";
import { checkDuplicateSheets } from "./checkDuplicateSheets";
import { checkEndBeforeStart } from "./checkEndBeforeStart";
import { checkMainGoal } from "./checkMainGoal";
import { checkMissingDeadlines } from "./checkMissingDeadlines";
import { checkNotReported } from "./checkNotReported";
import { checkPeriod } from "./checkPeriod";
import { checkReferences } from "./checkReferences";
import { checkRequired } from "./checkRequired";
import { checkRequiredWhen } from "./checkRequiredWhen";
import { checkRiskSegment } from "./checkRiskSegment";
import { checkRowKeys } from "./checkRowKeys";
import { checkUniqueCosts } from "./checkUniqueCosts";
import { checkUniqueIds } from "./checkUniqueIds";
import { checkUniqueReports } from "./checkUniqueReports";
import type { CheckRule } from "./rule";
import { checkInitiativeTexts } from "./checkInitiativeTexts";
import { checkRoadmapActivities } from "./checkRoadmapActivities";
import { checkRoadmapObjectives } from "./checkRoadmapObjectives";
import { checkRoadmapPeriods } from "./checkRoadmapPeriods";
import { checkTopicInitiatives } from "./checkTopicInitiatives";
import { checkUniqueTopics } from "./checkUniqueTopics";

export interface CheckResult {
  register: Register;
  /** Every problem, errors and warnings, in sheet, row, column order. */
  findings: Finding[];
  /** The period checked: the one chosen, else the latest present. */
  period?: Period;
}

export interface CheckOptions {
  /** The period whose reporting is checked; the latest present when absent. */
  period?: Period;
}

/** The rules beyond reading (types and structure are found by the reader), each one walk over its rows. */
export const RULES: readonly CheckRule[] = [
  checkRowKeys,
  checkRequired,
  checkRequiredWhen,
  checkMainGoal,
  checkUniqueIds,
  checkUniqueReports,
  checkUniqueCosts,
  checkDuplicateDependencies,
  checkReferences,
  checkEndBeforeStart,
  checkRiskSegment,
  checkNotReported,
  checkDeadlines,
  checkMissingDeadlines,
  checkPeriod,
  checkCodeSheet,
  checkCodeLists,
  checkDuplicateSheets,
  checkRoadmapPeriods,
  checkRoadmapObjectives,
  checkRoadmapActivities,
  checkUniqueTopics,
  checkTopicInitiatives,
  checkInitiativeTexts,
];

/** Reads a register and collects every problem in it. Never throws on bad data. */
export function checkRegister(sheets: readonly SheetData[], options: CheckOptions = {}): CheckResult {
  const { register, findings } = readRegister(sheets);
  const ctx = buildCheckContext(register, sheets, options.period);
  const all = [...findings];
  // A loop, not push(...): a large register can yield more findings than a call takes arguments.
  for (const rule of RULES) {
    for (const f of rule(ctx)) {
      all.push(f);
    }
  }
  return { register, findings: all.sort(compareFindings), period: ctx.period };
}
