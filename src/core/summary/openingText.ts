import type { Catalogue } from "../messages/catalogue";
import { listText } from "../messages/listText";

/** How the share of active initiatives reporting yellow moved since the previous period. */
export type YellowTrend =
  | { kind: "stable" }
  | { kind: "up" | "down"; from: number; to: number }
  /** No previous period to compare with: the count of yellow ones now. */
  | { kind: "count"; count: number };

/** The sentences of the report's opening paragraph (chapter 1), one set per language. */
export interface OpeningText {
  active: (count: number) => string;
  redStatus: (names: readonly string[]) => string;
  yellow: (trend: YellowTrend) => string;
  /** `also`: red risk and red status; `only`: red risk alone. Empty when there is nothing to say. */
  redRisk: (also: readonly string[], only: readonly string[]) => string;
  /** Completed, new and paused since the previous period; without one, the paused alone. */
  changes: (completed: number, fresh: number, paused: number, hasPrevious: boolean) => string;
}

const NB_WORDS = ["null", "ett", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti", "elleve", "tolv"];
const EN_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** A count of initiatives as the report writes it in Norwegian: words up to twelve (neuter, "ett tiltak"), digits above. */
export function nbCount(n: number): string {
  return NB_WORDS[n] ?? String(n);
}

/** A count in English words up to twelve, digits above. */
export function enCount(n: number): string {
  return EN_WORDS[n] ?? String(n);
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const quoted = (name: string) => `‘${name}’`;

/** "‘A’, ‘B’ og ‘C’": names quoted as the report quotes them, the last joined by `and`. */
function listOf(names: readonly string[], and: string): string {
  return listText(names.map(quoted), and);
}

const nbPercent = (share: number) => `${share} %`;

export const OPENING_TEXT: Catalogue<OpeningText> = {
  nb: {
    active: (n) =>
      n === 0
        ? "Den nasjonale e-helseporteføljen har nå ingen aktive tiltak."
        : `Den nasjonale e-helseporteføljen består nå av ${n === 1 ? "ett aktivt tiltak" : `${nbCount(n)} aktive tiltak`}.`,
    redStatus: (names) =>
      names.length === 0
        ? "Ingen tiltak melder nå rød status."
        : `${capital(nbCount(names.length))} tiltak melder nå rød status – ${listOf(names, "og")}.`,
    yellow: (trend) => {
      switch (trend.kind) {
        case "stable":
          return "Andelen som rapporterer gul status er stabil.";
        case "up":
          return `Andelen som rapporterer gul status har økt, fra ${nbPercent(trend.from)} til ${nbPercent(trend.to)}.`;
        case "down":
          return `Andelen som rapporterer gul status har gått ned, fra ${nbPercent(trend.from)} til ${nbPercent(trend.to)}.`;
        case "count":
          return trend.count === 0 ? "Ingen tiltak melder gul status." : `${capital(nbCount(trend.count))} tiltak melder gul status.`;
      }
    },
    redRisk: (also, only) => {
      const sentences: string[] = [];
      if (also.length > 0) {
        sentences.push(`${listOf(also, "og")} har også rød risiko.`);
      }
      if (only.length > 0) {
        sentences.push(`${capital(nbCount(only.length))} tiltak melder rød risiko – ${listOf(only, "og")}.`);
      }
      return sentences.length > 0 ? sentences.join(" ") : "Ingen tiltak melder rød risiko.";
    },
    changes: (completed, fresh, paused, hasPrevious) => {
      const pause = paused === 0 ? "ingen tiltak på pause" : `${nbCount(paused)} tiltak på pause`;
      if (!hasPrevious) {
        return `Dette er registerets første rapportering, og det er ${pause}.`;
      }
      const done =
        completed === 0 ? "ingen avsluttede tiltak" : completed === 1 ? "ett avsluttet tiltak" : `${nbCount(completed)} avsluttede tiltak`;
      const added = fresh === 0 ? "ingen nye tiltak" : fresh === 1 ? "ett nytt tiltak" : `${nbCount(fresh)} nye tiltak`;
      return `Det er ${done} og ${added} siden forrige rapportering, og ${pause}.`;
    },
  },
  en: {
    active: (n) =>
      n === 0
        ? "The national e-health portfolio has no active initiatives at present."
        : `The national e-health portfolio now consists of ${enCount(n)} active ${n === 1 ? "initiative" : "initiatives"}.`,
    redStatus: (names) =>
      names.length === 0
        ? "No initiative reports red status."
        : names.length === 1
          ? `One initiative now reports red status – ${listOf(names, "and")}.`
          : `${capital(enCount(names.length))} initiatives now report red status – ${listOf(names, "and")}.`,
    yellow: (trend) => {
      switch (trend.kind) {
        case "stable":
          return "The share reporting yellow status is stable.";
        case "up":
          return `The share reporting yellow status has risen, from ${trend.from}% to ${trend.to}%.`;
        case "down":
          return `The share reporting yellow status has fallen, from ${trend.from}% to ${trend.to}%.`;
        case "count":
          return trend.count === 0
            ? "No initiative reports yellow status."
            : `${capital(enCount(trend.count))} ${trend.count === 1 ? "initiative reports" : "initiatives report"} yellow status.`;
      }
    },
    redRisk: (also, only) => {
      const sentences: string[] = [];
      if (also.length > 0) {
        sentences.push(`${listOf(also, "and")} also ${also.length === 1 ? "has" : "have"} red risk.`);
      }
      if (only.length > 0) {
        const count = `${capital(enCount(only.length))} ${only.length === 1 ? "initiative reports" : "initiatives report"}`;
        sentences.push(`${count} red risk – ${listOf(only, "and")}.`);
      }
      return sentences.length > 0 ? sentences.join(" ") : "No initiative reports red risk.";
    },
    changes: (completed, fresh, paused, hasPrevious) => {
      const pause = `${enCount(paused)} ${paused === 1 ? "initiative" : "initiatives"} paused`;
      if (!hasPrevious) {
        return `This is the register's first reporting, with ${pause}.`;
      }
      const done = `${enCount(completed)} completed ${completed === 1 ? "initiative" : "initiatives"}`;
      const added = `${enCount(fresh)} new ${fresh === 1 ? "initiative" : "initiatives"}`;
      const verb = completed === 1 ? "is" : "are";
      return `There ${verb} ${done} and ${added} since the previous reporting, and ${pause}.`;
    },
  },
};
