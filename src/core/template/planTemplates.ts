import type { Lang } from "../messages/catalogue";
import type { Dependency, Register } from "../register/model";
import { comparePeriods, nextPeriod, type Period } from "../register/period";
import { PHASE, phaseAsOf, reportAsOf } from "../register/meanings";
import { buildTimelines, type Timeline } from "../register/timelines";
import { buildTemplateSheet } from "./buildTemplateSheet";
import { buildMarkerValues } from "./markerSheet";
import type { TemplateBook, TemplateMarker, TemplateSheetDoc } from "./templateDoc";
import { templateSheetName, uniqueNames, uniqueSheetNames } from "./templateFileName";
import { MARKER_SHEET, TEMPLATE_FORMAT_VERSION } from "./templateFormat";

export interface TemplateOptions {
  /** The period to report on; the quarter after the register's latest when absent. */
  period?: Period;
  lang: Lang;
  /** Only these initiatives (the task pane's choice); all that qualify when absent. */
  ids?: readonly string[];
}

export interface TemplatePlan {
  period?: Period;
  /** Where the pre-filled answers come from: the latest period before `period`. */
  previousPeriod?: Period;
  templates: TemplateSheetDoc[];
}

/**
 * One template per initiative that is planned, active or paused as of the
 * previous period (completed ones report no more; one never reported gets an
 * empty template), pre-filled with that period's answers.
 */
export function planTemplates(register: Register, options: TemplateOptions): TemplatePlan {
  const latest = register.periods[register.periods.length - 1];
  const period = options.period ?? (latest ? nextPeriod(latest) : undefined);
  if (!period) {
    return { templates: [] };
  }
  const earlier = register.periods.filter((p) => comparePeriods(p, period) < 0);
  const previousPeriod = earlier[earlier.length - 1];
  const wanted = options.ids ? new Set(options.ids) : undefined;
  const chosen = [...buildTimelines(register).values()].filter(
    (t) => (!wanted || wanted.has(t.initiative.id!)) && phaseAsOf(t, previousPeriod) !== PHASE.completed,
  );
  // IDs that differ only in characters a sheet name cannot hold ("T/1", "T:1") would share a sheet and a file.
  const sheets = uniqueSheetNames(chosen.map((t) => templateSheetName(t.initiative.id!, period)));
  const templates = chosen.map((t, i) => {
    const marker: TemplateMarker = {
      sheet: sheets[i],
      id: t.initiative.id!,
      period,
      version: TEMPLATE_FORMAT_VERSION,
      lang: options.lang,
      name: t.initiative.name ?? "",
      owner: t.initiative.owner ?? "",
      segment: t.initiative.segment ?? "",
    };
    const source = {
      initiative: t.initiative,
      previousReport: reportAsOf(t, previousPeriod),
      previousDependencies: latestDependencies(register.dependencies, t, previousPeriod),
    };
    return buildTemplateSheet(marker, source, register.codes, options.lang);
  });
  const files = uniqueNames(
    templates.map((t) => t.fileName),
    ".xlsx",
  );
  templates.forEach((t, i) => (t.fileName = files[i]));
  return { period, previousPeriod, templates };
}

/** A workbook holding the given template sheets and their marker. */
export function templateBook(templates: readonly TemplateSheetDoc[], register: Register, lang: Lang): TemplateBook {
  return {
    markerSheet: MARKER_SHEET,
    marker: buildMarkerValues(
      templates.map((t) => t.marker),
      register.codes,
      lang,
    ),
    templates: [...templates],
  };
}

/** The initiative's dependency rows of the latest period up to `upTo` that has any. */
function latestDependencies(all: readonly Dependency[], t: Timeline, upTo: Period | undefined): Dependency[] {
  if (!upTo) {
    return [];
  }
  const mine = all.filter((d) => d.id === t.initiative.id && d.period && comparePeriods(d.period, upTo) <= 0);
  const last = mine.reduce<Period | undefined>((p, d) => (!p || comparePeriods(d.period!, p) > 0 ? d.period : p), undefined);
  return mine.filter((d) => d.period === last && d.dependency !== undefined);
}
