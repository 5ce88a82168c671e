import { shown, type Catalogue } from "./catalogue";

const hint = (h?: string) => (h ? ` Mente du «${h}»?` : "");

/** Norwegian messages, one per finding type. */
export const NB: Catalogue = {
  "workbook/unusable": (f) => `Filen kan ikke leses: ${f.params?.reason ?? ""}`,
  "sheet/missing": (f) => `Arket «${f.sheet}» mangler.`,
  "sheet/empty": (f) => `Arket «${f.sheet}» er tomt: det mangler en overskriftsrad.`,
  "sheet/missing-column": (f) => `Kolonnen «${f.column}» mangler i arket «${f.sheet}» (overskriftsrad ${f.row}).`,
  "sheet/duplicate-column": (f) => `Kolonnen «${f.column}» står to ganger; bare den første (${f.params?.first}) brukes.`,
  "cell/formula-error": (f) => `Cellen viser formelfeilen ${shown(f.value)}; skriv inn verdien.`,
  "cell/enum": (f) => `${shown(f.value)} finnes ikke i kodelisten ${f.params?.list ?? ""}.${hint(f.hint)}`,
  "cell/date": (f) => `${shown(f.value)} er ikke en dato; bruk en datocelle, 2023-04-03 eller 03.04.2023.`,
  "cell/period": (f) => `${shown(f.value)} er ikke en periode; skriv for eksempel 2023-Q2.`,
  "cell/amount": (f) => `${shown(f.value)} er ikke et beløp i millioner kroner.`,
  "cell/year": (f) => `${shown(f.value)} er ikke et årstall mellom 2000 og 2100.`,
  "cell/email": (f) => `${shown(f.value)} er ikke en gyldig e-postadresse.`,
  "cell/decimal-comma": (f) => `Beløpet ${shown(f.value)} er lagret som tekst med desimalkomma; lest som ${f.hint}.`,
  "cell/number-as-text": (f) => `Beløpet ${shown(f.value)} er lagret som tekst; lest som ${f.hint}.`,
};
