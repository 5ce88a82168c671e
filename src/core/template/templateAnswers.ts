import type { A1 } from "../cells";
import type { Initiative, Report } from "../register/model";
import type { IsoDate } from "../register/dates";
import type { Finding } from "../findings/finding";
import type { TemplateMarker } from "./templateDoc";
import type { TemplateLayout } from "./layoutTemplate";

/** One dependency row of a filled template. */
export interface TemplateDependency {
  /** 1-based sheet row in the template. */
  row: number;
  dependency?: string;
  category?: string;
  criticality?: string;
  status?: string;
  deadline?: IsoDate;
  /** Fields whose cell could not be read (a finding says why). */
  unreadable: ReadonlySet<string>;
}

/** What a contact answered, typed and in canonical codes. */
export interface TemplateAnswers
  extends Pick<Report, "phase" | "status" | "statusReason" | "risk" | "riskReason" | "budget">, Pick<Initiative, "mainGoal"> {
  sustainabilityGoals: string[];
  dependencies: TemplateDependency[];
  unreadable: ReadonlySet<string>;
  /** Cells of the answers, for findings. */
  cells: Record<string, A1>;
}

/** One template sheet as read: its marker, and its answers when the structure held. */
export interface TemplateRead {
  marker: TemplateMarker;
  layout?: TemplateLayout;
  /** Absent when the template's structure was changed: then no cell can be trusted. */
  answers?: TemplateAnswers;
  /** Structure problems and check findings, at the template's cells. */
  findings: Finding[];
}

/** Every template in a workbook, and what keeps the workbook from being one. */
export interface TemplatesRead {
  templates: TemplateRead[];
  /** Workbook-level problems: the marker is missing. */
  findings: Finding[];
}
