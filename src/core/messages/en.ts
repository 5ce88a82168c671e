import { shown, type Catalogue } from "./catalogue";

const hint = (h?: string) => (h ? ` Did you mean “${h}”?` : "");

/** English messages, one per finding type. */
export const EN: Catalogue = {
  "workbook/unusable": (f) => `The file cannot be read: ${f.params?.reason ?? ""}`,
  "sheet/missing": (f) => `The sheet “${f.sheet}” (${f.params?.en}) is missing.`,
  "sheet/empty": (f) => `The sheet “${f.sheet}” is empty: it has no header row.`,
  "sheet/missing-column": (f) => `The column “${f.column}” (${f.params?.en}) is missing from sheet “${f.sheet}” (header row ${f.row}).`,
  "sheet/duplicate-column": (f) => `The column “${f.column}” appears twice; only the first (${f.params?.first}) is used.`,
  "cell/formula-error": (f) => `The cell shows the formula error ${shown(f.value)}; enter the value.`,
  "cell/enum": (f) => `${shown(f.value)} is not in the code list ${f.params?.list ?? ""}.${hint(f.hint)}`,
  "cell/date": (f) => `${shown(f.value)} is not a date; use a date cell, 2023-04-03 or 03.04.2023.`,
  "cell/period": (f) => `${shown(f.value)} is not a period; write for example 2023-Q2.`,
  "cell/amount": (f) => `${shown(f.value)} is not an amount in millions of NOK.`,
  "cell/year": (f) => `${shown(f.value)} is not a year between 2000 and 2100.`,
  "cell/email": (f) => `${shown(f.value)} is not a valid e-mail address.`,
  "cell/decimal-comma": (f) => `The amount ${shown(f.value)} is stored as text with a decimal comma; read as ${f.hint}.`,
  "cell/number-as-text": (f) => `The amount ${shown(f.value)} is stored as text; read as ${f.hint}.`,
};
