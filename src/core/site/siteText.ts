import type { Catalogue } from "../messages/catalogue";

/** Every text of the web pages, one set per language. */
export interface SiteText {
  siteTitle: string;
  periodLine: (period: string) => string;
  summaryHeading: string;
  activeHeading: string;
  segmentHeading: (segment: string, count: number) => string;
  otherHeading: string;
  otherLead: string;
  roadmapHeading: (year: number) => string;
  roadmapLink: (code: string, title: string) => string;
  roadmapTitle: (year: number, code: string, title: string) => string;
  roadmapLead: (year: number) => string;
  name: string;
  id: string;
  owner: string;
  segment: string;
  phase: string;
  status: string;
  risk: string;
  reason: string;
  period: string;
  lastReported: string;
  neverReported: string;
  noRisk: string;
  none: string;
  goals: string;
  mainGoal: string;
  sustainabilityGoals: string;
  dependencies: (period: string) => string;
  noDependencies: string;
  dependency: string;
  category: string;
  criticality: string;
  deadline: string;
  inRoadmap: (year: number) => string;
  goal: string;
  area: string;
  who: string;
  service: string;
  activity: (year: number) => string;
  totalPeriod: string;
  objective: string;
  note: string;
  noActivities: (year: number) => string;
  toIndex: string;
  navigation: string;
  /** What stands where a register text held an e-mail address. */
  emailRemoved: string;
  footer: (period: string) => string;
}

export const SITE_TEXT: Catalogue<SiteText> = {
  nb: {
    siteTitle: "Nasjonal e-helseportefølje",
    periodLine: (p) => `Status rapportert for ${p}.`,
    summaryHeading: "Oppsummering",
    activeHeading: "Aktive tiltak etter segment",
    segmentHeading: (s, n) => `${s} (${n} tiltak)`,
    otherHeading: "Andre tiltak",
    otherLead: "Tiltak som er planlagt, på pause eller avsluttet.",
    roadmapHeading: (y) => `Veikart: tiltak for ${y}`,
    roadmapLink: (code, title) => (title ? `Mål ${code}: ${title}` : `Mål ${code}`),
    roadmapTitle: (y, code, title) => `Tiltak for ${y} – mål ${code}${title ? `: ${title}` : ""}`,
    roadmapLead: (y) => `Hva aktørene skal gjøre i ${y} for dette målet i nasjonal e-helsestrategi, per område.`,
    name: "Tiltak",
    id: "ID",
    owner: "Eier",
    segment: "Segment",
    phase: "Fase",
    status: "Status",
    risk: "Risiko",
    reason: "Begrunnelse",
    period: "Periode",
    lastReported: "Sist rapportert",
    neverReported: "Ikke rapportert",
    noRisk: "Ikke rapportert (segmentet rapporterer ikke risiko)",
    none: "Ingen",
    goals: "Mål",
    mainGoal: "Hovedmål i nasjonal e-helsestrategi",
    sustainabilityGoals: "Bærekraftsmål",
    dependencies: (p) => `Avhengigheter i ${p}`,
    noDependencies: "Ingen avhengigheter er rapportert for perioden.",
    dependency: "Avhengighet",
    category: "Kategori",
    criticality: "Kritikalitet",
    deadline: "Frist",
    inRoadmap: (y) => `I veikartet for ${y}`,
    goal: "Mål",
    area: "Område",
    who: "Hvem",
    service: "Tjeneste",
    activity: (y) => `Hva skal skje i ${y}?`,
    totalPeriod: "Totalperiode",
    objective: "Målsetting",
    note: "Merknad",
    noActivities: (y) => `Ingen aktiviteter er registrert for ${y}.`,
    toIndex: "Til oversikten over tiltakene",
    navigation: "Sider",
    emailRemoved: "(e-postadresse)",
    footer: (p) => `Hentet fra porteføljeregisteret for ${p}.`,
  },
  en: {
    siteTitle: "National e-health portfolio",
    periodLine: (p) => `Status reported for ${p}.`,
    summaryHeading: "Summary",
    activeHeading: "Active initiatives by segment",
    segmentHeading: (s, n) => `${s} (${n} ${n === 1 ? "initiative" : "initiatives"})`,
    otherHeading: "Other initiatives",
    otherLead: "Initiatives that are planned, paused or completed.",
    roadmapHeading: (y) => `Roadmap: initiatives for ${y}`,
    roadmapLink: (code, title) => (title ? `Goal ${code}: ${title}` : `Goal ${code}`),
    roadmapTitle: (y, code, title) => `Initiatives for ${y} – goal ${code}${title ? `: ${title}` : ""}`,
    roadmapLead: (y) => `What the actors will do in ${y} for this goal of the national e-health strategy, by area.`,
    name: "Initiative",
    id: "ID",
    owner: "Owner",
    segment: "Segment",
    phase: "Phase",
    status: "Status",
    risk: "Risk",
    reason: "Reason",
    period: "Period",
    lastReported: "Last reported",
    neverReported: "Not reported",
    noRisk: "Not reported (the segment does not report risk)",
    none: "None",
    goals: "Goals",
    mainGoal: "Main goal in the national e-health strategy",
    sustainabilityGoals: "Sustainability goals",
    dependencies: (p) => `Dependencies in ${p}`,
    noDependencies: "No dependencies are reported for the period.",
    dependency: "Dependency",
    category: "Category",
    criticality: "Criticality",
    deadline: "Deadline",
    inRoadmap: (y) => `In the roadmap for ${y}`,
    goal: "Goal",
    area: "Area",
    who: "Who",
    service: "Service",
    activity: (y) => `What happens in ${y}?`,
    totalPeriod: "Whole period",
    objective: "Objective",
    note: "Note",
    noActivities: (y) => `No activities are registered for ${y}.`,
    toIndex: "To the list of initiatives",
    navigation: "Pages",
    emailRemoved: "(e-mail address)",
    footer: (p) => `Taken from the portfolio register for ${p}.`,
  },
};
