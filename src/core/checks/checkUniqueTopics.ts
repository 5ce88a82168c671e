import type { Finding } from "../findings/finding";
import type { CheckContext } from "./checkContext";
import { fieldFinding } from "./fieldFinding";
import { findDuplicates, keyParts } from "./findDuplicates";
import { rememberingNormalizeName } from "./normalizedNames";

/** One Temaer row per (Periode, Tema): the report would print the topic twice. */
export function checkUniqueTopics(ctx: CheckContext): Finding[] {
  const normalizeName = rememberingNormalizeName();
  const keyOf = (t: (typeof ctx.register.topics)[number]) => keyParts(t.period, t.title === undefined ? undefined : normalizeName(t.title));
  return findDuplicates(ctx.register.topics, keyOf).map(({ record, first }) =>
    fieldFinding(ctx, "topics", record.row, "title", "row/duplicate-topic", "error", { params: { first, period: record.period ?? "" } }),
  );
}
