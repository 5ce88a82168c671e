import { formatDateNb, type IsoDate } from "../register/dates";
import type { RegisterFindingType } from "../findings/finding";
import { shown, type FindingMessages } from "./catalogue";

const nbDate = (iso?: string | number) =>
  typeof iso === "string" && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDateNb(iso as IsoDate) : String(iso ?? "");
const hint = (h?: string) => (h ? ` Mente du «${h}»?` : "");

/** Norwegian messages, one per finding type. */
export const NB: FindingMessages<RegisterFindingType> = {
  "workbook/unusable": (f) => `Filen kan ikke leses: ${f.params.reason}`,
  "sheet/missing": (f) => `Arket «${f.sheet}» mangler.`,
  "sheet/empty": (f) => `Arket «${f.sheet}» er tomt: det mangler en overskriftsrad.`,
  "sheet/missing-column": (f) => `Kolonnen «${f.column}» mangler i arket «${f.sheet}» (overskriftsrad ${f.row}).`,
  "sheet/duplicate-column": (f) => `Kolonnen «${f.column}» står to ganger; bare den første (${f.params.first}) brukes.`,
  "cell/formula-error": (f) => `Cellen viser formelfeilen ${shown(f.value)}; skriv inn verdien.`,
  "cell/enum": (f) => `${shown(f.value)} finnes ikke i kodelisten ${f.params?.list ?? ""}.${hint(f.hint)}`,
  "cell/date": (f) => `${shown(f.value)} er ikke en dato; bruk en datocelle, 2023-04-03 eller 03.04.2023.`,
  "cell/period": (f) => `${shown(f.value)} er ikke en periode; skriv for eksempel 2023-Q2.`,
  "cell/amount": (f) => `${shown(f.value)} er ikke et beløp i millioner kroner.`,
  "cell/year": (f) => `${shown(f.value)} er ikke et årstall mellom 2000 og 2100.`,
  "cell/email": (f) => `${shown(f.value)} er ikke en gyldig e-postadresse.`,
  "cell/decimal-comma": (f) => `Beløpet ${shown(f.value)} er lagret som tekst med desimalkomma; lest som ${f.hint}.`,
  "cell/number-as-text": (f) => `Beløpet ${shown(f.value)} er lagret som tekst; lest som ${f.hint}.`,
  "cell/required": (f) => `Cellen i kolonnen «${f.column}» må fylles ut.`,
  "cell/status-required": () => `Status må fylles ut når fasen er Aktiv.`,
  "cell/status-reason-required": (f) => `Statusen er ${f.params.status}; skriv en statusbegrunnelse.`,
  "cell/risk-required": (f) => `Risiko må fylles ut for aktive tiltak i segmentet ${f.params.segment}.`,
  "cell/risk-reason-required": (f) => `Risikoen er ${f.params.risk}; skriv en risikobegrunnelse.`,
  "cell/main-goal-required": (f) => `Tiltaket er aktivt${f.params?.period ? ` i ${f.params.period}` : ""}; velg et hovedmål (1–5).`,
  "row/missing-key": (f) => `Raden har innhold, men ingenting i ${f.params.keys}; fyll ut eller slett raden.`,
  "row/stray-cells": (f) => `Raden har bare innhold utenfor registerets kolonner (${shown(f.value)}); den kommer ikke med i rapporten.`,
  "row/duplicate-id": (f) => `ID-en ${shown(f.value)} står allerede i rad ${f.params.first}; hvert tiltak skal stå én gang.`,
  "row/duplicate-report": (f) => `${shown(f.value)} har allerede en rapport for ${f.params.period} i rad ${f.params.first}.`,
  "row/duplicate-cost": (f) => `Samme løsning, tiltak, del og år står allerede i rad ${f.params.first}; beløpet ville telt to ganger.`,
  "row/duplicate-dependency": (f) => `Samme avhengighet for samme tiltak og periode står allerede i rad ${f.params.first}.`,
  "row/duplicate-code": (f) => `Koden ${shown(f.value)} står allerede i rad ${f.params.first}.`,
  "cell/unknown-id": (f) => `${shown(f.value)} finnes ikke i arket Tiltak.${hint(f.hint)}`,
  "cell/end-before-start": (f) => `Sluttdatoen ${nbDate(f.params.end)} er før startdatoen ${nbDate(f.params.start)}.`,
  "cell/budget-segment": (f) => `Budsjett føres bare for tiltak i segmentet Samstyring; dette tiltaket er i ${f.params.segment}.`,
  "cell/risk-not-counted": (f) =>
    `Risiko telles bare for Samstyring og Koordinering; tiltaket er i ${f.params.segment}, så verdien kommer ikke med i risikotallene.`,
  "row/not-reported": (f) => `Tiltaket ${shown(f.value)} er aktivt, men har ingen rapport for ${f.params.period}; det telles som Grå.`,
  "cell/deadline-passed": (f) =>
    `Avhengigheten er ${f.params.status}, og fristen ${nbDate(f.params.deadline)} er før periodens slutt ${nbDate(f.params.end)}.`,
  "cell/deadline-code": (f) =>
    `${shown(f.value)} er ikke en rapporteringsfrist; skriv periode og dato, for eksempel «2023-Q2: 2023-03-30».`,
  "cell/deadline-missing": (f) => `Avhengigheten er ${f.params.status}, men har ingen frist; skriv når den må være oppfylt.`,
  "cell/to-before-from": (f) => `Perioden slutter (${f.params.to}) før den begynner (${f.params.from}); rett Fra eller Til.`,
  "cell/activity-missing": (f) =>
    `Raden sier ikke hva som skal skje${f.params ? ` i ${f.params.year}` : ""}; veikartet viser den med tom aktivitet til den fylles ut.`,
  "cell/unknown-ids": (f) => `Tiltak som ikke står i arket Tiltak: ${f.params.ids}. Temaet vises, men uten disse tiltakene.`,
  "cell/description-missing": (f) =>
    `Tiltaket «${f.params.name}» er nytt i ${f.params.period}, men har ingen beskrivelse; rapporten beskriver nye tiltak.`,
  "cell/closing-summary-missing": (f) =>
    `Tiltaket «${f.params.name}» er avsluttet i ${f.params.period}, men har ingen sluttrapport; rapporten viser leveranser og gjenstående behov.`,
  "row/objective-conflict": (f) => `Området har allerede en annen målsetting i rad ${f.params.first}; rapporten viser bare den første.`,
  "row/duplicate-topic": (f) => `Temaet ${shown(f.value)} står allerede for ${f.params.period} i rad ${f.params.first}.`,
  "sheet/duplicate": (f) =>
    `Arket «${f.sheet}» er det samme som «${f.params.used}» (norsk og engelsk navn); bare «${f.params.used}» leses.`,
  "sheet/code-missing": (f) =>
    `Listen ${f.params.list} i Kodeverk mangler koden «${f.params.code}», som rapporttallene bygger på; skriv den nøyaktig slik.`,
  "sheet/period-not-reported": (f) => `Ingen tiltak har rapport for ${f.params.period}; alle aktive tiltak telles som ikke rapportert.`,
};
