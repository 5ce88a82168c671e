import type { Finding } from "../findings/finding";
import type { CheckContext } from "./checkContext";
import { fieldFinding } from "./fieldFinding";
import { findDuplicates, keyParts } from "./findDuplicates";
import { rememberingNormalizeName } from "./normalizedNames";

/**
 * The same dependency twice for one initiative and period. A warning: it may
 * be deliberate (two deliveries worded alike), but it counts twice in the figures.
 */
export function checkDuplicateDependencies(ctx: CheckContext): Finding[] {
  const normalizeName = rememberingNormalizeName();
  const keyOf = (d: (typeof ctx.register.dependencies)[number]) =>
    keyParts(d.id, d.period, d.dependency === undefined ? undefined : normalizeName(d.dependency));
  return findDuplicates(ctx.register.dependencies, keyOf).map(({ record, first }) =>
    fieldFinding(ctx, "dependencies", record.row, "id", "row/duplicate-dependency", "warning", { params: { first } }),
  );
}
