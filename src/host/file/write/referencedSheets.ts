/**
 * The sheet names a formula refers to ('Avh. ''test'''!A1, Rapporter!B2:B9),
 * quotes and doubled apostrophes resolved; text in double quotes and
 * references into other workbooks ([1]Rapporter!A1) are skipped.
 */
export function referencedSheets(formula: string): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < formula.length) {
    const c = formula[i];
    if (c === '"') {
      const close = formula.indexOf('"', i + 1);
      i = close < 0 ? formula.length : close + 1;
    } else if (c === "'") {
      let name = "";
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === "'" && formula[j + 1] === "'") {
          name += "'";
          j += 2;
        } else if (formula[j] === "'") {
          break;
        } else {
          name += formula[j++];
        }
      }
      if (formula[j + 1] === "!" && !name.startsWith("[")) {
        found.push(name);
      }
      i = j + 1;
    } else if (/[\p{L}\p{N}_.\\[\]]/u.test(c)) {
      let j = i;
      while (j < formula.length && /[\p{L}\p{N}_.\\[\]]/u.test(formula[j])) {
        j++;
      }
      if (formula[j] === "!" && formula[i] !== "[") {
        found.push(formula.slice(i, j));
      }
      i = j;
    } else {
      i++;
    }
  }
  return found;
}
