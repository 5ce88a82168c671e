import { compareFindings, type Finding } from "../findings/finding";
import type { Lang } from "../messages/catalogue";
import { REGISTER_FORMAT } from "../register/format";
import type { Register } from "../register/model";
import type { Period } from "../register/period";
import { readRegister } from "../register/readRegister";
import { normalizeName, type SheetData } from "../sheet";
import { chooseImportPeriod } from "./chooseImportPeriod";
import { baseName, IMPORT_LOG_SHEET, importLogHeader, importLogRow, type LogEntry } from "./importLog";
import { mergeTemplateAnswers, type AcceptedTemplate } from "./mergeTemplateAnswers";
import type { LogEdits, RegisterEdits } from "./registerEdits";
import type { TemplateRead } from "./templateAnswers";
import { readTemplates } from "./readTemplates";

/** One filled template workbook to import: its name (for the log) and its sheets. */
export interface ImportSource {
  file: string;
  sheets: readonly SheetData[];
}

export interface ImportOptions {
  /** The period being collected; else the one most templates are for. */
  period?: Period;
  /** The time of the import: the log's timestamp, and Rapportert on changed rows. */
  now: Date;
  lang: Lang;
}

/** What became of one template (or of a file that holds none). */
export interface TemplateOutcome extends LogEntry {
  sheet?: string;
}

export interface ImportPlan {
  /** False when the register lacks what an import writes to; `registerFindings` say what. */
  usable: boolean;
  registerFindings: Finding[];
  period?: Period;
  outcomes: TemplateOutcome[];
  edits: RegisterEdits;
}

/** The sheets an import writes to; without them (and their required columns) a register is unusable for it. */
const NEEDED = ["initiatives", "reports", "dependencies"] as const;

/**
 * Plans an import: reads and checks every template against the register,
 * rejects a template as a whole when anything in it is wrong, and for the
 * rest replaces the initiative's rows of that period in Rapporter and
 * Avhengigheter (and its goals in Tiltak). Importing the same templates again
 * plans no row changes, only log rows.
 */
export function planImport(registerSheets: readonly SheetData[], sources: readonly ImportSource[], options: ImportOptions): ImportPlan {
  const { register, findings } = readRegister(registerSheets);
  const log: LogEdits = { sheet: IMPORT_LOG_SHEET, header: importLogHeader(options.lang), rows: [] };
  const registerFindings = findings.filter((f) => f.severity === "error" && isStructural(f));
  if (!NEEDED.every((k) => register.layouts[k]) || registerFindings.length > 0) {
    return { usable: false, registerFindings, outcomes: [], edits: { sheets: [], log } };
  }
  const reads = sources.map((s) => ({ source: s, read: readTemplates(s.sheets, register.codes) }));
  const period = options.period ?? chooseImportPeriod(reads.flatMap((r) => r.read.templates.map((t) => t.marker.period)));
  const outcomes: TemplateOutcome[] = [];
  const accepted: Array<AcceptedTemplate & { outcome: TemplateOutcome }> = [];
  const seen = new Map<string, string>();
  for (const { source, read } of reads) {
    if (read.templates.length === 0) {
      outcomes.push({ file: source.file, imported: false, changed: false, rowsWritten: 0, findings: read.findings });
      continue;
    }
    for (const template of read.templates) {
      const m = template.marker;
      const extra = crossCheck(template, register, period, seen.get(`${m.id}|${m.period}`));
      const all = [...template.findings, ...extra].sort(compareFindings);
      const ok = template.answers !== undefined && !all.some((f) => f.severity === "error");
      const outcome: TemplateOutcome = {
        file: source.file,
        sheet: m.sheet,
        id: m.id,
        period: m.period,
        imported: ok,
        changed: false,
        rowsWritten: 0,
        findings: all,
      };
      outcomes.push(outcome);
      if (!ok) {
        continue;
      }
      seen.set(`${m.id}|${m.period}`, baseName(source.file));
      accepted.push({ marker: m, answers: template.answers!, outcome });
    }
  }
  const merged = mergeTemplateAnswers(registerSheets, register, accepted, options.now);
  accepted.forEach((a, i) => {
    a.outcome.rowsWritten = 1 + a.answers.dependencies.length;
    a.outcome.changed = merged.changed[i];
  });
  log.rows = outcomes.map((o) => importLogRow(o, options.now, options.lang));
  return { usable: true, registerFindings: [], period, outcomes, edits: { sheets: merged.sheets, log } };
}

/** Missing sheets and columns keep an import from writing; bad cells elsewhere do not. */
function isStructural(f: Finding): boolean {
  const names = NEEDED.flatMap((k) => [REGISTER_FORMAT[k].nb, REGISTER_FORMAT[k].en]).map(normalizeName);
  return (
    (f.type === "sheet/missing" || f.type === "sheet/missing-column" || f.type === "sheet/empty") &&
    names.includes(normalizeName(f.sheet ?? ""))
  );
}

function crossCheck(template: TemplateRead, register: Register, period: Period | undefined, importedFrom: string | undefined): Finding[] {
  const m = template.marker;
  const where = { severity: "error" as const, sheet: m.sheet, value: m.id };
  const findings: Finding[] = [];
  if (!register.initiatives.some((i) => i.id === m.id)) {
    findings.push({ type: "template/unknown-initiative", ...where });
  }
  if (period && m.period !== period) {
    findings.push({ type: "template/period-mismatch", ...where, value: m.period, params: { expected: period } });
  }
  if (importedFrom !== undefined) {
    findings.push({ type: "template/duplicate", ...where, params: { period: m.period, file: importedFrom } });
  }
  return findings;
}
