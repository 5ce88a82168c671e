/**
 * True when a number format shows a date or a time: it has a date or time
 * token (y, m, d, h, s, b for the Buddhist year, e for the era year) outside
 * quoted text, brackets ([Red], [$-414]), escaped characters and padding.
 * Only the first section counts: it is the one positive numbers use.
 */
export function isDateFormat(code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      const close = code.indexOf('"', i + 1);
      i = close < 0 ? code.length : close;
    } else if (c === ";") {
      return false;
    } else if (c === "\\" || c === "_" || c === "*") {
      i++;
    } else if (c === "[") {
      const close = code.indexOf("]", i);
      // Elapsed time ([h], [mm], [ss]) is a time format.
      if (close > i && /^\[(h+|m+|s+)\]$/i.test(code.slice(i, close + 1))) {
        return true;
      }
      i = close < 0 ? code.length : close;
    } else if ((c === "G" || c === "g") && code.slice(i, i + 7).toLowerCase() === "general") {
      i += 6;
    } else if ((c === "E" || c === "e") && /[0#?.]/.test(code[i - 1] ?? "")) {
      // Scientific notation (0.00E+00), not the era year.
      i++;
    } else if ("yYmMdDhHsSbBeE".includes(c)) {
      return true;
    }
  }
  return false;
}
