/**
 * Adds amounts in MNOK. Binary floating point turns 2.3 + 1.1 into
 * 3.4000000000000004; cutting to 15 significant digits removes that noise
 * without rounding any figure a register can hold.
 */
export function sumAmounts(amounts: Iterable<number>): number {
  let total = 0;
  for (const a of amounts) {
    total += a;
  }
  return cleanAmount(total);
}

/** An amount without floating-point noise (15 significant digits). */
export function cleanAmount(amount: number): number {
  return amount === 0 ? 0 : Number(amount.toPrecision(15));
}
