import type { TemplateFindingType } from "../findings/finding";
import { shown, type FindingMessages } from "./catalogue";

/** Norwegian messages for the report templates and their import. */
export const TEMPLATE_NB: FindingMessages<TemplateFindingType> = {
  "template/marker-missing": () =>
    "Arbeidsboken er ikke en rapportmal fra porteføljekontoret (det skjulte merket mangler). Be om en ny mal.",
  "template/format-version": (f) =>
    `Malen har formatversjon ${shown(f.value)}, men bare versjon ${f.hint} kan leses. Be porteføljekontoret om en ny mal.`,
  "template/sheet-missing": (f) =>
    `Arket «${f.sheet}» i malen mangler eller har fått nytt navn. Gi arket navnet tilbake, eller be om en ny mal.`,
  "template/structure-changed": (f) =>
    `Malen er endret her: ventet «${f.hint}», fant ${shown(f.value)}. Rader eller celler er flyttet; bruk en ny mal.`,
  "template/identity-changed": (f) => `Den låste cellen er endret: ventet «${f.hint}», fant ${shown(f.value)}.`,
  "template/unknown-initiative": (f) => `Tiltaket ${shown(f.value)} finnes ikke i arket Tiltak i registeret.`,
  "template/period-mismatch": (f) => `Malen gjelder perioden ${shown(f.value)}, men importen gjelder ${f.params.expected}.`,
  "template/outside-answer-area": (f) =>
    `Rader under svarområdet (etter rad ${f.params.last}) leses ikke: ${shown(f.value)} blir ikke importert. Flytt det inn i tabellen over, eller be om en ny mal.`,
  "template/duplicate": (f) =>
    `Tiltaket ${shown(f.value)} for ${f.params.period} er allerede importert fra ${f.params.file} i denne importen.`,
};
