import type { Period } from "../register/period";

const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]+/g;
const MAX_NAME = 60;

/**
 * A template's file name, safe on Windows, macOS and in e-mail: "T-004
 * EPJ-løftet 2023-Q3.xlsx". Characters a file system refuses become "-";
 * Norwegian letters stay.
 */
export function templateFileName(id: string, name: string, period: Period): string {
  const clean = (text: string) => text.replace(UNSAFE, "-").replace(/\s+/g, " ").trim();
  let shortName = clean(name);
  if (shortName.length > MAX_NAME) shortName = shortName.slice(0, MAX_NAME).trim();
  const base = [clean(id), shortName, period].filter((p) => p !== "").join(" ");
  // Windows drops trailing dots and spaces silently, which would break the pairing of file and template.
  return `${base.replace(/[. ]+$/, "")}.xlsx`;
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\\, not starting or ending with '. */
export function templateSheetName(id: string, period: Period): string {
  const name = `${id} ${period}`.replace(/[[\]:*?/\\]/g, "-").replace(/^'+|'+$/g, "");
  return name.length > 31 ? name.slice(0, 31) : name;
}
