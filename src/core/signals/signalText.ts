import type { Catalogue, Lang } from "../messages/catalogue";
import { codeLabel, periodLabel } from "../report/sheetText";
import type { Signal, SignalParams, SignalType } from "./signal";

type Sentences = { readonly [T in SignalType]: (p: SignalParams[T]) => string };

/** Each signal type's short name and its one-sentence explanation, per language (docs/signals.md). */
export interface SignalText {
  title: { readonly [T in SignalType]: string };
  explain: Sentences;
}

/** dd.mm.yyyy in Norwegian, ISO in English, as the report writes dates. */
function day(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return lang === "nb" && m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

export const SIGNAL_TEXT: Catalogue<SignalText> = {
  nb: {
    title: {
      greenWithRedDependency: "Grønn med rød avhengighet",
      dependencyPastDeadline: "Avhengighet over fristen",
      activeAfterEndDate: "Aktiv etter sluttdato",
      longRed: "Rød lenge",
      unchangedWhileRiskRed: "Uendret status, rød risiko",
    },
    explain: {
      greenWithRedDependency: (p) => `Status er grønn, men avhengigheten «${p.dependency}» er rød med høy kritikalitet.`,
      dependencyPastDeadline: (p) =>
        `Status er ${codeLabel(p.status, "nb").toLowerCase()}, men avhengigheten «${p.dependency}» er ${codeLabel(p.dependencyStatus, "nb").toLowerCase()} og fristen ${day(p.deadline, "nb")} er passert.`,
      activeAfterEndDate: (p) => `Tiltaket er fortsatt aktivt, men sluttdatoen ${day(p.endDate, "nb")} er passert.`,
      longRed: (p) => `Status har vært rød i ${p.periods} perioder på rad, siden ${periodLabel(p.since)}.`,
      unchangedWhileRiskRed: (p) =>
        `Status har stått på ${codeLabel(p.status, "nb").toLowerCase()} i ${p.periods} perioder på rad (siden ${periodLabel(p.since)}) mens risikoen nå er rød.`,
    },
  },
  en: {
    title: {
      greenWithRedDependency: "Green with a red dependency",
      dependencyPastDeadline: "Dependency past its deadline",
      activeAfterEndDate: "Active after its end date",
      longRed: "Red for long",
      unchangedWhileRiskRed: "Unchanged status, red risk",
    },
    explain: {
      greenWithRedDependency: (p) => `The status is green, but the dependency “${p.dependency}” is red and of high criticality.`,
      dependencyPastDeadline: (p) =>
        `The status is ${codeLabel(p.status, "en").toLowerCase()}, but the dependency “${p.dependency}” is ${codeLabel(p.dependencyStatus, "en").toLowerCase()} and its deadline ${day(p.deadline, "en")} has passed.`,
      activeAfterEndDate: (p) => `The initiative is still active, but its end date ${day(p.endDate, "en")} has passed.`,
      longRed: (p) => `The status has been red for ${p.periods} periods in a row, since ${periodLabel(p.since)}.`,
      unchangedWhileRiskRed: (p) =>
        `The status has stayed ${codeLabel(p.status, "en").toLowerCase()} for ${p.periods} periods in a row (since ${periodLabel(p.since)}) while the risk is now red.`,
    },
  },
};

/** A signal's one-sentence explanation in a language. */
export function explainSignal(signal: Signal, lang: Lang): string {
  const explain = SIGNAL_TEXT[lang].explain[signal.type] as (p: Signal["params"]) => string;
  return explain(signal.params);
}
