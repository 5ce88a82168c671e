/** Millions of NOK, the unit of every amount in the register. */
export type Mnok = number & { readonly __mnok: unique symbol };

export type AmountRead = { ok: true; value: Mnok; internal: boolean; fromText: boolean } | { ok: false };

/**
 * Reads an amount: a number as is; text with a decimal comma ("2,3") or space
 * thousands ("1 200"); "(14)" means 14 covered internally, as in chapter 5.
 */
export function parseAmount(value: string | number | boolean | Date): AmountRead {
  if (typeof value === "number") {
    return Number.isFinite(value) ? { ok: true, value: value as Mnok, internal: false, fromText: false } : { ok: false };
  }
  if (typeof value !== "string") {
    return { ok: false };
  }
  let t = value.trim().replace(/\*+$/, "").trim();
  let internal = false;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) {
    internal = true;
    t = paren[1].trim();
  }
  t = t.replace(/[\s\u00a0]/g, "").replace(/^−/, "-");
  if (!/^-?\d+(?:[.,]\d+)?$/.test(t)) {
    return { ok: false };
  }
  return { ok: true, value: Number(t.replace(",", ".")) as Mnok, internal, fromText: true };
}
