import type JSZip from "jszip";
import { HostError } from "../../../workbook/errors";
import { readPart, readRelationships, REL_TYPE, resolveTarget } from "./packageParts";
import { findTags, readAttributes } from "./xmlText";

const WORKBOOK = "xl/workbook.xml";

/**
 * Maps each sheet name to its worksheet part by reading xl/workbook.xml and its
 * relationships: writers number parts as they please, so names are the only key.
 */
export async function locateWorksheets(zip: JSZip): Promise<Map<string, string>> {
  const workbookPath = await workbookPartPath(zip);
  const rels = await readRelationships(zip, workbookPath);
  const parts = new Map<string, string>();
  for (const tag of findTags(await readPart(zip, workbookPath), "sheet")) {
    const attributes = readAttributes(tag);
    const name = attributes.get("name");
    const relId = [...attributes].find(([key]) => /(^|:)id$/.test(key))?.[1];
    const rel = rels.find((r) => r.id === relId && r.type === REL_TYPE.worksheet);
    if (name !== undefined && rel) parts.set(name, resolveTarget(workbookPath, rel.target));
  }
  return parts;
}

/** The part of a named sheet; sheet names compare case-insensitively, as Excel does. */
export function worksheetPart(parts: Map<string, string>, sheet: string): string {
  const wanted = sheet.toLocaleLowerCase("nb");
  for (const [name, path] of parts) if (name.toLocaleLowerCase("nb") === wanted) return path;
  throw new HostError(`Cannot add a chart to sheet "${sheet}": the workbook has no such worksheet`);
}

// The package's root relationship names the workbook part; exceljs and Excel both use xl/workbook.xml.
async function workbookPartPath(zip: JSZip): Promise<string> {
  const root = await readRelationships(zip, "");
  const officeDocument = root.find((r) => r.type.endsWith("/officeDocument"));
  return officeDocument ? resolveTarget("", officeDocument.target) : WORKBOOK;
}
