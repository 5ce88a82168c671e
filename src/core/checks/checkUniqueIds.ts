import type { Finding } from "../findings/finding";
import type { CheckContext } from "./checkContext";
import { fieldFinding } from "./fieldFinding";
import { findDuplicates } from "./findDuplicates";
import { rememberingNormalizeName } from "./normalizedNames";

/** Each initiative once in Tiltak. IDs differing only in case or spacing count as the same: they would confuse any reader. */
export function checkUniqueIds(ctx: CheckContext): Finding[] {
  const normalizeName = rememberingNormalizeName();
  return findDuplicates(ctx.register.initiatives, (i) => (i.id === undefined ? undefined : [normalizeName(i.id)])).map(
    ({ record, first }) => fieldFinding(ctx, "initiatives", record.row, "id", "row/duplicate-id", "error", { params: { first } }),
  );
}
