import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\(\s*)["']([^"']+)["']/g)].map((m) => m[1]);
}

// The layering of the README ("For developers"): core knows no host; app knows only core and the port.
const RULES: Array<{ layer: string; forbidden: RegExp; why: string }> = [
  {
    layer: "core",
    forbidden:
      /^(exceljs|jszip|react|react-dom|@fluentui\/.*|office-addin-.*|@microsoft\/office-js|node:.*|fs|path|os|child_process)$|^\.\.\/(\.\.\/)*(host|app|cli|taskpane|workbook)\b/,
    why: "the core is host-free",
  },
  {
    layer: "app",
    forbidden: /^(exceljs|jszip|react|react-dom|@fluentui\/.*|node:.*|fs|path)$|^\.\.\/(\.\.\/)*(host|cli|taskpane)\b/,
    why: "use cases reach hosts only through the port",
  },
  {
    layer: "workbook",
    forbidden: /^(exceljs|jszip|react|node:.*)$|^\.\.\/(\.\.\/)*(host|app|cli|taskpane)\b/,
    why: "the port names no host",
  },
];

describe.each(RULES)("$layer imports", ({ layer, forbidden, why }) => {
  it(`stay within their layer (${why})`, () => {
    const offenders = sourceFiles(join(ROOT, layer)).flatMap((file) =>
      importsOf(file)
        .filter((spec) => forbidden.test(spec))
        .map((spec) => `${relative(ROOT, file)} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});

describe("core code", () => {
  it("never calls Office.js", () => {
    const offenders = sourceFiles(join(ROOT, "core")).filter((f) => /\bExcel\.run\b|\bOffice\./.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});
