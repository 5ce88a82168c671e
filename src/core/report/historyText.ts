import type { Catalogue } from "../messages/catalogue";

/** Texts of the Historikk sheet, the round on Oppsummering and the signals on Status. */
export interface HistoryText {
  title: string;
  scope: (periods: number) => string;
  statusCounts: string;
  riskCounts: string;
  status: string;
  risk: string;
  chart: string;
  matrix: string;
  matrixNote: string;
  initiative: string;
  segment: string;
  transitions: (from: string, to: string) => string;
  transitionsNote: string;
  fromTo: string;
  noTransitions: string;
  /** A phase where the initiative was not active (Planlagt, Pause, Avsluttet). */
  phase: (code: string) => string;

  round: string;
  deadline: (date: string) => string;
  noDeadline: string;
  notReported: string;
  contact: string;
  late: string;
  reportedOn: string;
  noContact: string;

  signals: string;
  signalsNote: string;
  signal: string;
  explanation: string;
}

export const HISTORY_TEXT: Catalogue<HistoryText> = {
  nb: {
    title: "Status og risiko over tid",
    scope: (n) => `De siste ${n} periodene til og med denne. Aktive tiltak; Grå = aktiv, men ikke rapportert.`,
    statusCounts: "Status per periode",
    riskCounts: "Risiko per periode (Samstyring og Koordinering)",
    status: "Status",
    risk: "Risiko",
    chart: "Status for aktive tiltak per periode",
    matrix: "Tiltakene periode for periode",
    matrixNote: "Tiltak som var aktive i minst én av periodene, etter segment og navn. Der tiltaket ikke var aktivt, står fasen.",
    initiative: "Tiltak",
    segment: "Segment",
    transitions: (from, to) => `Endring i status fra ${from} til ${to}`,
    transitionsNote: "Tiltak som var aktive og rapporterte i begge periodene. Radene er forrige periode, kolonnene denne.",
    fromTo: "Forrige \\ nå",
    noTransitions: "Ingen forrige periode å sammenligne med.",
    phase: (code) => code,

    round: "Rapporteringsrunden",
    deadline: (d) => `Frist for rapportering: ${d}.`,
    noDeadline: "Ingen frist er kjent (oppgi --deadline eller Kodeverk-listen Frist); sene rapporter vises ikke.",
    notReported: "Aktive tiltak som ikke har rapportert",
    contact: "Kontakt",
    late: "Rapportert etter fristen",
    reportedOn: "Rapportert",
    noContact: "(ingen kontakt)",

    signals: "Signaler",
    signalsNote: "Regelbaserte varsler ved siden av fargen tiltaket selv melder; se dokumentasjonen (signals.md) for hva som bør gjøres.",
    signal: "Signal",
    explanation: "Forklaring",
  },
  en: {
    title: "Status and risk over time",
    scope: (n) => `The last ${n} periods up to this one. Active initiatives; Grey = active but not reported.`,
    statusCounts: "Status per period",
    riskCounts: "Risk per period (Samstyring and Koordinering)",
    status: "Status",
    risk: "Risk",
    chart: "Status of active initiatives per period",
    matrix: "The initiatives period by period",
    matrixNote:
      "Initiatives active in at least one of the periods, by segment and name. Where an initiative was not active, its phase is shown.",
    initiative: "Initiative",
    segment: "Segment",
    transitions: (from, to) => `Status changes from ${from} to ${to}`,
    transitionsNote: "Initiatives active and reported in both periods. Rows are the previous period, columns this one.",
    fromTo: "Previous \\ now",
    noTransitions: "No previous period to compare with.",
    phase: (code) => ({ Planlagt: "Planned", Aktiv: "Active", Pause: "Paused", Avsluttet: "Completed" })[code] ?? code,

    round: "The reporting round",
    deadline: (d) => `Reporting deadline: ${d}.`,
    noDeadline: "No deadline is known (give --deadline or the Kodeverk list Frist); late reports are not shown.",
    notReported: "Active initiatives that have not reported",
    contact: "Contact",
    late: "Reported after the deadline",
    reportedOn: "Reported on",
    noContact: "(no contact)",

    signals: "Signals",
    signalsNote: "Rule-based flags beside the colour an initiative reports itself; the documentation (signals.md) says how to act on each.",
    signal: "Signal",
    explanation: "Explanation",
  },
};
