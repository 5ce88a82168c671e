import type { Period } from "../register/period";

// Control characters are exactly what a file name must not hold.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]+/g;
const MAX_NAME = 60;
/** A file name's UTF-8 bytes before ".xlsx", leaving room for a " (2)" and the writer's temp suffix within 200. */
const MAX_BASE_BYTES = 150;
const MAX_SHEET = 31;

/**
 * A template's file name, safe on Windows, macOS and in e-mail: "T-004
 * EPJ-løftet 2023-Q3.xlsx". Characters a file system refuses become "-";
 * Norwegian letters stay; a very long ID is cut to fit file systems' limits.
 */
export function templateFileName(id: string, name: string, period: Period): string {
  const clean = (text: string) => text.replace(UNSAFE, "-").replace(/\s+/g, " ").trim();
  let shortName = clean(name);
  if (shortName.length > MAX_NAME) {
    shortName = shortName.slice(0, MAX_NAME).trim();
  }
  const tail = [shortName, period].filter((p) => p !== "").join(" ");
  const idPart = cutUtf8(clean(id), MAX_BASE_BYTES - utf8Length(tail) - 1).trim();
  const base = [idPart, tail].filter((p) => p !== "").join(" ");
  // Windows drops trailing dots and spaces silently, which would break the pairing of file and template.
  return `${base.replace(/[. ]+$/, "")}.xlsx`;
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\\, not starting or ending with '. */
export function templateSheetName(id: string, period: Period): string {
  const name = `${id} ${period}`.replace(/[[\]:*?/\\]/g, "-").replace(/^'+|'+$/g, "");
  return name.length > MAX_SHEET ? name.slice(0, MAX_SHEET) : name;
}

/**
 * Makes names unique as file systems and Excel compare them (case ignored):
 * the second "T-1 Navn 2023-Q3.xlsx" becomes "T-1 Navn 2023-Q3 (2).xlsx", a
 * second sheet "T-1 2023-Q3" becomes "T-1 2023-Q3 (2)", cut to fit `max` characters.
 */
export function uniqueNames(names: readonly string[], extension = "", max = Infinity): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const stem = name.slice(0, name.length - extension.length);
    let candidate = name;
    for (let n = 2; taken.has(key(candidate)); n++) {
      const suffix = ` (${n})`;
      candidate = `${stem.slice(0, Math.max(0, max - suffix.length - extension.length))}${suffix}${extension}`;
    }
    taken.add(key(candidate));
    return candidate;
  });
}

/** Unique sheet names for a book of templates (Excel refuses two sheets whose names differ only in case). */
export function uniqueSheetNames(names: readonly string[]): string[] {
  return uniqueNames(names, "", MAX_SHEET);
}

function key(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("nb");
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The longest start of a text within `bytes` UTF-8 bytes, never cutting a character in two. */
function cutUtf8(text: string, bytes: number): string {
  let used = 0;
  let end = 0;
  for (const ch of text) {
    used += utf8Length(ch);
    if (used > bytes) {
      break;
    }
    end += ch.length;
  }
  return text.slice(0, end);
}
