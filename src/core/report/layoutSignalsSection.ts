import type { Lang } from "../messages/catalogue";
import { explainSignal, SIGNAL_TEXT } from "../signals/signalText";
import type { Signal } from "../signals/signal";
import { HISTORY_TEXT } from "./historyText";
import type { SheetBuilder } from "./sheetBuilder";
import { SHEET_TEXT } from "./sheetText";
import { BODY, HEADER, HEADING, NOTE } from "./styles";

/** The Status sheet's signals: initiative, kind of signal, and the one sentence that explains it. */
export function layoutSignalsSection(b: SheetBuilder, signals: readonly Signal[], lang: Lang): void {
  const t = HISTORY_TEXT[lang];
  b.row([t.signals], HEADING);
  b.row([t.signalsNote], NOTE);
  b.row([SHEET_TEXT[lang].name, t.signal, null, t.explanation], HEADER);
  if (signals.length === 0) {
    b.row([SHEET_TEXT[lang].none], { italic: true });
  }
  for (const s of signals) {
    const r = b.row([s.name, SIGNAL_TEXT[lang].title[s.type], null, explainSignal(s, lang)], { ...BODY, wrap: true });
    b.merge(r, 2, r, 3);
  }
}
