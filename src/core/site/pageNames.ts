/** Longest slug taken from an ID or a code: file names stay far below the 200 bytes the command line allows. */
const MAX_SLUG = 60;

/**
 * A text as a safe part of a file name and a link: lower-case ASCII letters,
 * digits and hyphens only ("T-004" → "t-004", "Må/lø" → "ma-lo"), never empty.
 */
export function slugOf(text: string): string {
  const folded = text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
  const slug = folded
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, MAX_SLUG)
    .replace(/-+$/, "");
  return slug === "" ? "x" : slug;
}

/**
 * Page names for a list of keys, each `<prefix><slug>.html`, unique as file
 * systems compare names (case ignored): a second "T-1" or a "t-1" becomes
 * "tiltak-t-1-2.html". Names already taken (index.html) are avoided too.
 */
export function uniquePageNames(prefix: string, keys: readonly string[], taken: Set<string>): string[] {
  return keys.map((key) => {
    const base = `${prefix}${slugOf(key)}`;
    let name = `${base}.html`;
    for (let n = 2; taken.has(name); n++) {
      name = `${base}-${n}.html`;
    }
    taken.add(name);
    return name;
  });
}
