import type { Finding } from "../findings/finding";
import { normalizeName } from "../sheet";
import type { CheckContext } from "./checkContext";
import { fieldFinding } from "./fieldFinding";

/**
 * A Rapporter or Avhengigheter row naming an ID that is not in Tiltak: its
 * figures would belong to no initiative. The same for a Veikart row's Tiltak:
 * the roadmap would link to nothing. When the ID differs from a real one
 * only in case or spacing, that one is the hint.
 */
export function checkReferences(ctx: CheckContext): Finding[] {
  if (!ctx.initiativesKnown) {
    return [];
  }
  const findings: Finding[] = [];
  let loose: Map<string, string> | undefined;
  const nearest = (id: string): string | undefined => {
    loose ??= new Map([...ctx.initiatives.keys()].map((k) => [normalizeName(k), k]));
    return loose.get(normalizeName(id));
  };
  for (const key of ["reports", "dependencies"] as const) {
    for (const r of ctx.register[key]) {
      if (r.id === undefined || ctx.initiatives.has(r.id)) {
        continue;
      }
      findings.push(fieldFinding(ctx, key, r.row, "id", "cell/unknown-id", "error", { hint: nearest(r.id) }));
    }
  }
  for (const r of ctx.register.roadmap) {
    if (r.initiative === undefined || ctx.initiatives.has(r.initiative)) {
      continue;
    }
    findings.push(fieldFinding(ctx, "roadmap", r.row, "initiative", "cell/unknown-id", "error", { hint: nearest(r.initiative) }));
  }
  return findings;
}
