import type { Catalogue, Lang } from "../messages/catalogue";

/** Texts of the figure sheets (Oppsummering to Driftskostnader tabell), one set per language. */
export interface SheetText {
  periodLine: (period: string, previous: string | null) => string;
  none: string;
  sum: string;
  name: string;
  id: string;
  owner: string;
  count: string;
  noPrevious: string;

  summaryTitle: string;
  keyFigures: string;
  keyActive: string;
  keyRedStatus: string;
  keyRedRisk: string;
  keyCritical: string;
  keyBudget: string;
  keyNew: string;
  keyCompleted: string;
  keyPaused: string;
  segmentsHeading: string;
  segment: string;
  figure1: (period: string) => string;

  statusTitle: string;
  riskTitle: string;
  statusScope: string;
  riskScope: string;
  statusCounts: string;
  riskCounts: string;
  statusColumn: string;
  riskColumn: string;
  statusRed: string;
  riskRed: string;
  reason: string;
  statusChanges: string;
  riskChanges: string;
  from: string;
  to: string;
  figure2: string;
  figure3: string;

  dependenciesTitle: string;
  dependenciesTotal: (n: number, period: string) => string;
  statusMeaning: string;
  byCategory: string;
  category: string;
  redByCriticality: string;
  criticality: string;
  criticalRed: string;
  dependency: string;
  deadline: string;
  figure4: string;

  goalsTitle: string;
  strategicHeading: string;
  strategicNote: string;
  goal: string;
  description: string;
  activeInitiatives: string;
  sustainabilityHeading: string;
  reportedLine: (reported: number, of: number) => string;
  sustainabilityNote: string;
  figure6: string;
  figure7: string;

  costsTitle: string;
  costsSubtitle: string;
  solution: string;
  part: string;
  unit: string;
  internalNote: string;
  noCosts: string;

  openingHeading: string;
  newDescriptions: string;
  completedSummaries: string;
  noText: string;
  initiativeLine: (name: string, owner: string) => string;

  topicsTitle: string;
  topicsLead: string;
  followUps: string;
  newTopics: string;
  noTopics: (period: string) => string;
  topicInitiatives: (names: string) => string;

  roadmapTitle: (year: number) => string;
  roadmapLead: (year: number) => string;
  goalHeading: (code: string, title: string) => string;
  objective: (text: string) => string;
  areaNote: (text: string) => string;
  who: string;
  service: string;
  activity: (year: number) => string;
  totalPeriod: string;
  noActivities: (year: number) => string;
}

export const SHEET_TEXT: Catalogue<SheetText> = {
  nb: {
    periodLine: (p, prev) =>
      `Rapportering ${p}${prev ? `, sammenlignet med forrige rapportering ${prev}` : " (ingen forrige rapportering)"}`,
    none: "Ingen",
    sum: "Sum",
    name: "Tiltak",
    id: "ID",
    owner: "Eier",
    count: "Antall",
    noPrevious: "Forrige",

    summaryTitle: "Nasjonal e-helseportefølje – oppsummering",
    keyFigures: "Nøkkeltall",
    keyActive: "Aktive tiltak",
    keyRedStatus: "Tiltak med rød status",
    keyRedRisk: "Tiltak med rød risiko",
    keyCritical: "Avhengigheter med høy kritikalitet og rød status",
    keyBudget: "Budsjett, segment Samstyring (mill. kr)",
    keyNew: "Nye tiltak",
    keyCompleted: "Avsluttede tiltak",
    keyPaused: "Tiltak på pause",
    segmentsHeading: "Aktive tiltak fordelt på segment",
    segment: "Segment",
    figure1: (p) => `Aktive tiltak fordelt på segment, ${p}`,

    statusTitle: "Overordnet status",
    riskTitle: "Risiko",
    statusScope:
      "Statusen inkluderer kun aktive tiltak; planlagte tiltak og tiltak på pause er ikke med. Grå: aktivt tiltak som ikke har rapportert i perioden.",
    riskScope:
      "Risikoen inkluderer kun aktive tiltak i segmentene Samstyring og Koordinering. Grå: aktivt tiltak som ikke har rapportert i perioden.",
    statusCounts: "Status forrige og nåværende rapportering",
    riskCounts: "Risiko forrige og nåværende rapportering",
    statusColumn: "Status",
    riskColumn: "Risiko",
    statusRed: "Tiltak med rød status",
    riskRed: "Tiltak med rød risiko",
    reason: "Begrunnelse",
    statusChanges: "Endret status siden forrige rapportering",
    riskChanges: "Endret risiko siden forrige rapportering",
    from: "Fra",
    to: "Til",
    figure2: "Status forrige rapportering til venstre, nåværende til høyre",
    figure3: "Risiko forrige rapportering til venstre, nåværende til høyre",

    dependenciesTitle: "Avhengigheter",
    dependenciesTotal: (n, p) => `Tiltakene har rapportert totalt ${n} avhengigheter i ${p}.`,
    statusMeaning: "Gul: oppfyllelse av avhengigheten er usikker. Rød: uklart eller helt visst når avhengigheten kan oppfylles.",
    byCategory: "Avhengigheter fordelt på kategori og status",
    category: "Kategori",
    redByCriticality: "Røde avhengigheter fordelt på kritikalitet",
    criticality: "Kritikalitet",
    criticalRed: "Avhengigheter med høy kritikalitet og rød status",
    dependency: "Avhengighet",
    deadline: "Frist",
    figure4: "Avhengigheter fordelt på kategori og status",

    goalsTitle: "Nasjonal e-helsestrategi og bærekraftsmål",
    strategicHeading: "Aktive tiltak fordelt på strategiske mål",
    strategicNote: "Flere tiltak støtter flere strategiske mål; her telles kun hovedmålet til aktive tiltak.",
    goal: "Mål",
    description: "Beskrivelse",
    activeInitiatives: "Aktive tiltak",
    sustainabilityHeading: "Bærekraftsmål",
    reportedLine: (r, of) => `Knytning til bærekraftsmålene er rapportert på ${r} av ${of} aktive tiltak.`,
    sustainabilityNote: "Et tiltak kan bidra til flere bærekraftsmål og telles da under hvert av dem.",
    figure6: "Aktive tiltak fordelt på strategiske mål (hovedmål)",
    figure7: "Aktive tiltak fordelt på bærekraftsmål",

    costsTitle: "Drift- og forvaltningskostnader",
    costsSubtitle: "Estimert økning per år i drift- og forvaltningskostnader for de nasjonale e-helseløsningene, millioner kroner.",
    solution: "Løsning",
    part: "Del",
    unit: "millioner kroner",
    internalNote: "Tall i parentes ble dekket internt av tiltakseier og inngår ikke i summen.",
    noCosts: "Ingen driftskostnader er registrert.",

    openingHeading: "Oppsummering",
    newDescriptions: "Nye tiltak – beskrivelse",
    completedSummaries: "Avsluttede tiltak – leveranser og gjenstående behov",
    noText: "Ingen tekst er registrert i registeret.",
    initiativeLine: (name, owner) => (owner ? `${name} (${owner})` : name),

    topicsTitle: "Aktuelle tema og utfordringer",
    topicsLead: "Informasjon og problemstillinger fra rapporteringen som er verdt å ta opp som egne tema.",
    followUps: "Oppfølging fra forrige rapport",
    newTopics: "Nye tema",
    noTopics: (p) => `Ingen tema er registrert for ${p}.`,
    topicInitiatives: (names) => `Tiltak: ${names}`,

    roadmapTitle: (y) => `Tiltak for ${y}`,
    roadmapLead: (y) =>
      `Veikart for nasjonal e-helsestrategi: hva aktørene skal gjøre i ${y}, per strategisk mål og område. Tidslinjen viser hele perioden; → betyr uten fastsatt slutt.`,
    goalHeading: (code, title) => (title ? `Mål ${code}: ${title}` : `Mål ${code}`),
    objective: (text) => `Målsetting: ${text}`,
    areaNote: (text) => `Merknad: ${text}`,
    who: "Hvem",
    service: "Tjeneste",
    activity: (y) => `Hva skal skje i ${y}?`,
    totalPeriod: "Totalperiode",
    noActivities: (y) => `Ingen aktiviteter er registrert for ${y}.`,
  },
  en: {
    periodLine: (p, prev) => `Reporting ${p}${prev ? `, compared with the previous reporting ${prev}` : " (no previous reporting)"}`,
    none: "None",
    sum: "Total",
    name: "Initiative",
    id: "ID",
    owner: "Owner",
    count: "Count",
    noPrevious: "Previous",

    summaryTitle: "National e-health portfolio – summary",
    keyFigures: "Key figures",
    keyActive: "Active initiatives",
    keyRedStatus: "Initiatives with red status",
    keyRedRisk: "Initiatives with red risk",
    keyCritical: "Dependencies with high criticality and red status",
    keyBudget: "Budget, segment Samstyring (MNOK)",
    keyNew: "New initiatives",
    keyCompleted: "Completed initiatives",
    keyPaused: "Paused initiatives",
    segmentsHeading: "Active initiatives by segment",
    segment: "Segment",
    figure1: (p) => `Active initiatives by segment, ${p}`,

    statusTitle: "Overall status",
    riskTitle: "Risk",
    statusScope:
      "Status covers active initiatives only; planned and paused initiatives are left out. Grey: an active initiative that did not report in the period.",
    riskScope:
      "Risk covers active initiatives in the segments Samstyring and Koordinering only. Grey: an active initiative that did not report in the period.",
    statusCounts: "Status, previous and current reporting",
    riskCounts: "Risk, previous and current reporting",
    statusColumn: "Status",
    riskColumn: "Risk",
    statusRed: "Initiatives with red status",
    riskRed: "Initiatives with red risk",
    reason: "Reason",
    statusChanges: "Status changed since the previous reporting",
    riskChanges: "Risk changed since the previous reporting",
    from: "From",
    to: "To",
    figure2: "Status at the previous reporting (left) and now (right)",
    figure3: "Risk at the previous reporting (left) and now (right)",

    dependenciesTitle: "Dependencies",
    dependenciesTotal: (n, p) => `The initiatives reported ${n} dependencies in all in ${p}.`,
    statusMeaning: "Yellow: fulfilment of the dependency is uncertain. Red: unclear or certain when the dependency can be fulfilled.",
    byCategory: "Dependencies by category and status",
    category: "Category",
    redByCriticality: "Red dependencies by criticality",
    criticality: "Criticality",
    criticalRed: "Dependencies with high criticality and red status",
    dependency: "Dependency",
    deadline: "Deadline",
    figure4: "Dependencies by category and status",

    goalsTitle: "National e-health strategy and sustainability goals",
    strategicHeading: "Active initiatives by strategic goal",
    strategicNote: "Many initiatives support several strategic goals; only the main goal of active initiatives is counted here.",
    goal: "Goal",
    description: "Description",
    activeInitiatives: "Active initiatives",
    sustainabilityHeading: "Sustainability goals",
    reportedLine: (r, of) => `Links to the sustainability goals are reported for ${r} of ${of} active initiatives.`,
    sustainabilityNote: "An initiative may contribute to several sustainability goals and is then counted under each of them.",
    figure6: "Active initiatives by strategic goal (main goal)",
    figure7: "Active initiatives by sustainability goal",

    costsTitle: "Operating and maintenance costs",
    costsSubtitle: "Estimated yearly increase in operating and maintenance costs of the national e-health solutions, MNOK.",
    solution: "Solution",
    part: "Part",
    unit: "MNOK",
    internalNote: "Figures in parentheses were covered internally by the initiative's owner and are left out of the total.",
    noCosts: "No operating costs are registered.",

    openingHeading: "Summary",
    newDescriptions: "New initiatives – description",
    completedSummaries: "Completed initiatives – deliveries and remaining needs",
    noText: "No text is given in the register.",
    initiativeLine: (name, owner) => (owner ? `${name} (${owner})` : name),

    topicsTitle: "Current topics and challenges",
    topicsLead: "Information and issues from the reporting that deserve to be taken up as topics of their own.",
    followUps: "Followed up from the previous report",
    newTopics: "New topics",
    noTopics: (p) => `No topics are registered for ${p}.`,
    topicInitiatives: (names) => `Initiatives: ${names}`,

    roadmapTitle: (y) => `Initiatives for ${y}`,
    roadmapLead: (y) =>
      `Roadmap of the national e-health strategy: what the actors will do in ${y}, by strategic goal and area. The timeline shows the whole period; → means no set end.`,
    goalHeading: (code, title) => (title ? `Goal ${code}: ${title}` : `Goal ${code}`),
    objective: (text) => `Objective: ${text}`,
    areaNote: (text) => `Note: ${text}`,
    who: "Who",
    service: "Service",
    activity: (y) => `What happens in ${y}?`,
    totalPeriod: "Whole period",
    noActivities: (y) => `No activities are registered for ${y}.`,
  },
};

/** "2023-Q2" as the report writes it: "Q2 2023". */
export function periodLabel(period: string | null): string {
  if (!period) {
    return "–";
  }
  const m = /^(\d{4})-Q([1-4])$/.exec(period);
  return m ? `Q${m[2]} ${m[1]}` : period;
}

/** Built-in status and criticality codes as readers of each language know them; other codes stay as written. */
const CODE_LABELS: Catalogue<Readonly<Partial<Record<string, string>>>> = {
  nb: {},
  en: { Grønn: "Green", Gul: "Yellow", Rød: "Red", Grå: "Grey", Høy: "High", Middels: "Medium", Lav: "Low" },
};

/** A built-in status or criticality code as readers of the chosen language know it; other codes as written. */
export function codeLabel(code: string, lang: Lang): string {
  const labels = CODE_LABELS[lang];
  // Own keys only: a code typed as "constructor" is a code, not a property of every object.
  return Object.hasOwn(labels, code) ? (labels[code] ?? code) : code;
}
