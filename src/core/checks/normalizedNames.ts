import { normalizeName } from "../sheet";

/**
 * normalizeName, remembering each distinct text for the life of one check:
 * a register repeats the same IDs and dependency texts in row after row, and
 * the regex and case folding cost far more than a map lookup.
 */
export function rememberingNormalizeName(): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let name = known.get(text);
    if (name === undefined) {
      name = normalizeName(text);
      known.set(text, name);
    }
    return name;
  };
}
