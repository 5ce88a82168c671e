import type { Finding } from "../findings/finding";
import { cellPlace } from "./cellPlace";
import { normalizeName } from "../sheet";
import { CODE_LIST_NAMES, codeListNamed, DEFAULT_CODES, nearestCode, type Code, type CodeListName, type CodeLists } from "./codes";
import type { RawRecord } from "./readRows";
import type { SheetLayout } from "./model";
import { readDeadlineCode, isDeadlineList, type Deadlines } from "./readDeadlines";

/**
 * The code lists in force: each list named in Kodeverk replaces its built-in
 * default as a whole; lists it does not name keep their defaults. The list
 * Frist [Deadline] is no code list but the reporting deadline of each period.
 */
export function readCodeLists(
  records: RawRecord[],
  layout: SheetLayout | undefined,
  findings: Finding[],
): { codes: CodeLists; deadlines: Deadlines } {
  const given = new Map<CodeListName, Code[]>();
  const deadlines: Deadlines = {};
  for (const r of records) {
    const listText = r.list as string | undefined;
    const code = r.code as string | undefined;
    if (!listText || !code) {
      continue;
    }
    if (isDeadlineList(listText)) {
      readDeadlineCode(r, layout, deadlines, findings);
      continue;
    }
    const list = codeListNamed(listText);
    if (!list) {
      findings.push({
        type: "cell/enum",
        severity: "error",
        ...cellPlace(layout, r.row, "list"),
        value: listText,
        hint: nearestCode(
          CODE_LIST_NAMES.map((c) => ({ code: c })),
          listText,
        ),
        params: { list: "Liste" },
      });
      continue;
    }
    const codes = given.get(list) ?? [];
    if (!codes.some((c) => normalizeName(c.code) === normalizeName(code))) {
      codes.push({ code, description: r.description as string | undefined });
    }
    given.set(list, codes);
  }
  const lists = { ...DEFAULT_CODES };
  for (const [name, codes] of given) {
    lists[name] = codes;
  }
  return { codes: lists, deadlines };
}
