import { updateContentTypes } from "../package/contentTypes";
import type { OpcPackage } from "../package/opcPackage";
import { relsPathOf } from "../package/partNames";
import { isRel, readRelationships, REL, removeRelationships } from "../package/relationships";
import { readWorkbookPart } from "../sheet/readWorkbookPart";

/**
 * Removes the workbook's calculation chain (its relationship, its part and
 * its content type). The chain lists formula cells by address: once cells
 * move, go or are overwritten it names the wrong ones, and Excel repairs the
 * file ("Removed Records: Formula from /xl/calcChain.xml"). Without one,
 * Excel builds it anew on the next calculation.
 */
export function dropCalcChain(pkg: OpcPackage): void {
  const workbook = readWorkbookPart(pkg).path;
  const chains = readRelationships(pkg, workbook).filter((r) => isRel(r.type, REL.calcChain));
  if (chains.length === 0) {
    return;
  }
  removeRelationships(pkg, workbook, new Set(chains.map((r) => r.id)));
  const parts = new Set(
    chains
      .map((r) => r.part)
      .filter((p): p is string => p !== undefined && pkg.has(p))
      .map((p) => pkg.part(p)!.name),
  );
  for (const part of parts) {
    pkg.remove(part);
    pkg.remove(relsPathOf(part));
  }
  updateContentTypes(pkg, new Map(), parts);
}
