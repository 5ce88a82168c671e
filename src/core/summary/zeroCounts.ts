/** Zero for every code, in code-list order, so a count object always lists them all. */
export function zeroCounts(codes: readonly string[]): Record<string, number> {
  return Object.fromEntries(codes.map((c) => [c, 0]));
}
