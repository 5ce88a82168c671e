import type { Finding } from "../findings/finding";
import type { CheckContext } from "./checkContext";
import { fieldFinding } from "./fieldFinding";
import { findDuplicates, keyParts } from "./findDuplicates";
import { rememberingNormalizeName } from "./normalizedNames";

/** One Driftskostnader row per (Løsning, Tiltak, Del, År): a second would be added into the yearly totals twice. */
export function checkUniqueCosts(ctx: CheckContext): Finding[] {
  const normalizeName = rememberingNormalizeName();
  const keyOf = (c: (typeof ctx.register.costs)[number]) =>
    keyParts(c.solution, c.initiative === undefined ? undefined : normalizeName(c.initiative), normalizeName(c.part ?? ""), c.year);
  return findDuplicates(ctx.register.costs, keyOf).map(({ record, first }) =>
    fieldFinding(ctx, "costs", record.row, "solution", "row/duplicate-cost", "error", { params: { first } }),
  );
}
