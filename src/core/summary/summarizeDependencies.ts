import type { IsoDate } from "../register/dates";
import type { Initiative, Register } from "../register/model";
import type { Period } from "../register/period";
import { HIGH_CRITICALITY, LIGHT } from "../register/meanings";
import { zeroCounts } from "./zeroCounts";

export interface CriticalDependency {
  id: string;
  /** The initiative's name. */
  initiative: string;
  owner: string;
  dependency: string;
  deadline: IsoDate | null;
}

export interface DependenciesSummary {
  total: number;
  /** Kategori → Status → count, every code of both lists present. */
  byCategory: Record<string, Record<string, number>>;
  redByCriticality: Record<string, number>;
  /** Kritikalitet Høy and Status Rød (Figur 5), sorted by initiative name. */
  criticalRed: CriticalDependency[];
}

/** The dependencies reported in a period (Figur 4 and 5): by category and status, and the critical red ones. */
export function summarizeDependencies(register: Register, period: Period | undefined): DependenciesSummary {
  const statuses = register.codes.Status.map((c) => c.code);
  const byCategory = Object.fromEntries(register.codes.Kategori.map((c) => [c.code, zeroCounts(statuses)]));
  const out: DependenciesSummary = {
    total: 0,
    byCategory,
    redByCriticality: zeroCounts(register.codes.Kritikalitet.map((c) => c.code)),
    criticalRed: [],
  };
  const initiatives = new Map<string, Initiative>();
  for (const i of register.initiatives) {
    if (i.id && !initiatives.has(i.id)) {
      initiatives.set(i.id, i);
    }
  }
  for (const d of register.dependencies) {
    if (!period || d.period !== period) {
      continue;
    }
    out.total++;
    const counts = d.category !== undefined ? byCategory[d.category] : undefined;
    if (counts && d.status !== undefined && d.status in counts) {
      counts[d.status]++;
    }
    if (d.status !== LIGHT.red || d.criticality === undefined) {
      continue;
    }
    if (d.criticality in out.redByCriticality) {
      out.redByCriticality[d.criticality]++;
    }
    if (d.criticality !== HIGH_CRITICALITY) {
      continue;
    }
    const initiative = d.id !== undefined ? initiatives.get(d.id) : undefined;
    out.criticalRed.push({
      id: d.id ?? "",
      initiative: initiative?.name ?? d.id ?? "",
      owner: initiative?.owner ?? "",
      dependency: d.dependency ?? "",
      deadline: d.deadline ?? null,
    });
  }
  out.criticalRed.sort((a, b) => a.initiative.localeCompare(b.initiative, "nb") || a.dependency.localeCompare(b.dependency, "nb"));
  return out;
}
