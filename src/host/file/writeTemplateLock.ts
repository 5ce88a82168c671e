import JSZip from "jszip";

/**
 * Locks a workbook's structure (no renaming, moving, hiding, unhiding or
 * deleting sheets), which exceljs cannot write. Without a password, like the
 * sheet protection: it guards against slips, not against intent.
 */
export async function lockWorkbookStructure(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file("xl/workbook.xml");
  if (!part) return bytes;
  const xml = await part.async("string");
  if (xml.includes("<workbookProtection")) return bytes;
  // The schema wants workbookProtection right before bookViews (or sheets when there are no views).
  const anchor = xml.includes("<bookViews") ? "<bookViews" : "<sheets";
  zip.file("xl/workbook.xml", xml.replace(anchor, `<workbookProtection lockStructure="1"/>${anchor}`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
