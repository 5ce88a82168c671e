import type { Lang } from "../messages/catalogue";
import { LIGHT, NOT_REPORTED } from "../register/meanings";
import { codeLabel } from "../report/sheetText";
import { RAG_FILL } from "../report/styles";
import { escapeHtml, withoutEmails } from "./escapeHtml";
import { SITE_TEXT } from "./siteText";

/** A page of the site: its file name and its HTML. */
export interface SitePage {
  name: string;
  html: string;
}

/** The class that colours a traffic light, by code; other codes get no colour (their text says it all). */
const LIGHT_CLASS: Readonly<Record<string, string>> = {
  [LIGHT.green]: "l-green",
  [LIGHT.yellow]: "l-yellow",
  [LIGHT.red]: "l-red",
  [NOT_REPORTED]: "l-grey",
};

const STYLE = [
  "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:0;color:#1b1b1b;background:#fff;line-height:1.5}",
  "header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}",
  "header{border-bottom:4px solid #1F4E79;padding-top:.75rem;padding-bottom:.5rem}",
  "footer{color:#4d4d4d;font-size:.9rem;padding-top:1rem;padding-bottom:2rem}",
  "a{color:#0b57a4}",
  "nav ul{list-style:none;padding:0;margin:.25rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}",
  "table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}",
  "th,td{border:1px solid #8c8c8c;padding:.35rem .5rem;text-align:left;vertical-align:top}",
  "th{background:#1F4E79;color:#fff}",
  // The roadmap's tables share their columns' widths, area after area.
  "table.roadmap{table-layout:fixed}",
  "table.roadmap th:nth-child(1){width:20%}",
  "table.roadmap th:nth-child(2){width:22%}",
  "table.roadmap th:nth-child(4){width:11%}",
  "dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}",
  "dl.facts dt{font-weight:bold}",
  "dl.facts dd{margin:0}",
  ".light{font-weight:bold;color:#000;padding:0 .4rem;border-radius:.2rem;white-space:nowrap}",
  ...Object.entries(LIGHT_CLASS).map(([code, cls]) => `.${cls}{background:#${RAG_FILL[code]}}`),
].join("\n");

/** A register text for the page: any e-mail address in it replaced, then escaped. */
export function text(value: string | null | undefined, lang: Lang): string {
  return escapeHtml(withoutEmails(value ?? "", SITE_TEXT[lang].emailRemoved));
}

/** A status or risk as text and colour: the code (in the page's language) on its traffic-light colour. */
export function light(code: string | null, lang: Lang): string {
  if (code === null) {
    return "";
  }
  const cls = Object.hasOwn(LIGHT_CLASS, code) ? ` ${LIGHT_CLASS[code]}` : "";
  return `<span class="light${cls}">${text(codeLabel(code, lang), lang)}</span>`;
}

/** A table with a header row and body rows; cells are HTML already escaped. */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, className?: string): string {
  const head = headers.map((h) => `<th scope="col">${h}</th>`).join("");
  const body = rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("\n");
  const cls = className ? ` class="${escapeHtml(className)}"` : "";
  return `<table${cls}>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** A link to another page of the site (names are the site's own ASCII file names). */
export function link(page: string, label: string): string {
  return `<a href="${escapeHtml(page)}">${label}</a>`;
}

export interface PageParts {
  name: string;
  lang: Lang;
  /** The page's title, escaped. */
  title: string;
  /** Links to the other pages, escaped. */
  nav: readonly string[];
  /** The main content, escaped. */
  body: string;
  /** The footer line, escaped. */
  footer: string;
}

/** A whole page: readable without script, one h1, landmarks for header, navigation, content and footer. */
export function renderPage(parts: PageParts): SitePage {
  const t = SITE_TEXT[parts.lang];
  const nav =
    parts.nav.length > 0
      ? `<nav aria-label="${escapeHtml(t.navigation)}"><ul>${parts.nav.map((l) => `<li>${l}</li>`).join("")}</ul></nav>`
      : "";
  const html = [
    "<!DOCTYPE html>",
    `<html lang="${parts.lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${parts.title}</title>`,
    `<style>\n${STYLE}\n</style>`,
    "</head>",
    "<body>",
    `<header><p>${escapeHtml(t.siteTitle)}</p>${nav}</header>`,
    `<main>\n${parts.body}\n</main>`,
    `<footer><p>${parts.footer}</p></footer>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
  return { name: parts.name, html };
}
