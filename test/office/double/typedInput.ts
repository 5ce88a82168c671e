import type { FakeCell, Scalar } from "./fakeSheet";

const EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * What Excel stores when a value arrives through `range.values`: the API
 * parses strings like typed input unless the cell is formatted as text ("@")
 * or the string carries the quote prefix "'".
 */
export function typedInput(value: Scalar, numberFormat: string | undefined): FakeCell | undefined {
  if (typeof value !== "string") return { value };
  if (value === "") return undefined;
  if (numberFormat === "@") return { value };
  if (value.startsWith("'")) return { value: value.slice(1), quotePrefix: true };
  const t = value.trim();
  if (/^[-+]?(\d+([.,]\d+)?|[.,]\d+)(e[-+]?\d+)?$/i.test(t)) return { value: Number(t.replace(",", ".")) };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return { value: serial(Number(iso[1]), Number(iso[2]), Number(iso[3])) };
  const nb = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (nb) return { value: serial(Number(nb[3]), Number(nb[2]), Number(nb[1])) };
  // "=", "+", "-" and "@" start a formula; the double does not calculate, Excel would show a result or #NAME?.
  if (/^[=+\-@]/.test(value)) return { value: "#NAME?", formula: value };
  return { value };
}

function serial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - EPOCH_MS) / 86_400_000;
}
