import type { Catalogue } from "../messages/catalogue";

/** Every fixed text of a template sheet, per language. Labels double as the structure check. */
export interface TemplateText {
  title: string;
  instructions: string[];
  identityHeading: string;
  id: string;
  name: string;
  owner: string;
  segment: string;
  period: string;
  reportHeading: string;
  phase: string;
  status: string;
  statusReason: string;
  risk: string;
  riskReason: string;
  budget: string;
  mainGoal: string;
  budgetOnlySamstyring: string;
  goalsHeading: string;
  dependenciesHeading: string;
  dependency: string;
  category: string;
  criticality: string;
  depStatus: string;
  deadline: string;
  yes: string;
  no: string;
  chooseFromList: string;
  enterDate: string;
  enterAmount: string;
}

export const TEMPLATE_TEXT: Catalogue<TemplateText> = {
  nb: {
    title: "Kvartalsrapport til Nasjonal e-helseportefølje",
    instructions: [
      "Slik fyller du ut malen:",
      "1. Fyll ut de gule cellene. De grå cellene er låst. Svarene fra forrige periode står allerede i malen: rett det som er endret.",
      "2. Velg fra nedtrekkslisten i cellene som har en (fase, status, risiko, hovedmål, bærekraftsmål, kategori, kritikalitet).",
      "3. Skriv en begrunnelse når status eller risiko er Gul eller Rød.",
      "4. Avhengigheter: rett radene, legg til nye i de tomme radene, og tøm en rad for å fjerne avhengigheten.",
      "5. Lagre som .xlsx uten passord og send filen tilbake til porteføljekontoret. Ikke gi arket nytt navn.",
    ],
    identityHeading: "Tiltaket",
    id: "ID",
    name: "Navn",
    owner: "Eier",
    segment: "Segment",
    period: "Periode",
    reportHeading: "Rapport for perioden",
    phase: "Fase",
    status: "Status",
    statusReason: "Statusbegrunnelse",
    risk: "Risiko",
    riskReason: "Risikobegrunnelse",
    budget: "Budsjett (MNOK)",
    mainGoal: "Hovedmål",
    budgetOnlySamstyring: "Budsjett rapporteres bare for segment Samstyring.",
    goalsHeading: "Bærekraftsmål (velg Ja for hvert mål tiltaket bidrar til)",
    dependenciesHeading: "Avhengigheter",
    dependency: "Avhengighet",
    category: "Kategori",
    criticality: "Kritikalitet",
    depStatus: "Status",
    deadline: "Frist",
    yes: "Ja",
    no: "Nei",
    chooseFromList: "Velg en verdi fra listen.",
    enterDate: "Skriv en dato, for eksempel 31.12.2023.",
    enterAmount: "Skriv et beløp i millioner kroner, for eksempel 12,5.",
  },
  en: {
    title: "Quarterly report to the national e-health portfolio",
    instructions: [
      "How to fill in this template:",
      "1. Fill in the yellow cells. Grey cells are locked. Last period's answers are already filled in: correct what has changed.",
      "2. Choose from the dropdown in the cells that have one (phase, status, risk, main goal, sustainability goals, category, criticality).",
      "3. Give a reason when status or risk is Gul (yellow) or Rød (red).",
      "4. Dependencies: correct the rows, add new ones in the empty rows, and clear a row to remove that dependency.",
      "5. Save as .xlsx without a password and send the file back to the portfolio office. Do not rename the sheet.",
    ],
    identityHeading: "Initiative",
    id: "ID",
    name: "Name",
    owner: "Owner",
    segment: "Segment",
    period: "Period",
    reportHeading: "Report for the period",
    phase: "Phase",
    status: "Status",
    statusReason: "Status reason",
    risk: "Risk",
    riskReason: "Risk reason",
    budget: "Budget (MNOK)",
    mainGoal: "Main goal",
    budgetOnlySamstyring: "Only initiatives in segment Samstyring report a budget.",
    goalsHeading: "Sustainability goals (choose Yes for each goal the initiative serves)",
    dependenciesHeading: "Dependencies",
    dependency: "Dependency",
    category: "Category",
    criticality: "Criticality",
    depStatus: "Status",
    deadline: "Deadline",
    yes: "Yes",
    no: "No",
    chooseFromList: "Choose a value from the list.",
    enterDate: "Enter a date, for example 31.12.2023.",
    enterAmount: "Enter an amount in millions of NOK, for example 12.5.",
  },
};
