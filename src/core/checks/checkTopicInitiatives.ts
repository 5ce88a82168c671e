import type { Finding } from "../findings/finding";
import { splitIds } from "../register/model";
import type { CheckContext } from "./checkContext";
import { fieldFinding } from "./fieldFinding";

/**
 * Temaer rows naming initiatives that are not in Tiltak. A warning, not an
 * error: a topic is text for the report, and it stands without the link.
 */
export function checkTopicInitiatives(ctx: CheckContext): Finding[] {
  if (!ctx.initiativesKnown) {
    return [];
  }
  const findings: Finding[] = [];
  for (const t of ctx.register.topics) {
    const unknown = splitIds(t.initiatives).filter((id) => !ctx.initiatives.has(id));
    if (unknown.length > 0) {
      findings.push(
        fieldFinding(ctx, "topics", t.row, "initiatives", "cell/unknown-ids", "warning", { params: { ids: unknown.join(", ") } }),
      );
    }
  }
  return findings;
}
