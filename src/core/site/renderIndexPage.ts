import type { Lang } from "../messages/catalogue";
import { PHASE } from "../register/meanings";
import { periodLabel } from "../report/sheetText";
import type { Summary } from "../summary/summary";
import { escapeHtml } from "./escapeHtml";
import { light, link, renderPage, table, text, type SitePage } from "./renderPage";
import type { SiteInitiative } from "./siteInitiatives";
import { SITE_TEXT } from "./siteText";

export interface SiteLinks {
  /** Each initiative's page by its ID. */
  initiative: ReadonlyMap<string, string>;
  /** The roadmap pages, one per goal, with the text of their link. */
  roadmap: ReadonlyArray<{ page: string; label: string }>;
}

/**
 * index.html: the opening paragraphs, the active initiatives by segment with
 * status and risk as text and colour, then the others with their phase.
 */
export function renderIndexPage(summary: Summary, initiatives: readonly SiteInitiative[], links: SiteLinks, lang: Lang): SitePage {
  const t = SITE_TEXT[lang];
  const period = periodLabel(summary.period);
  const name = (i: SiteInitiative) => link(links.initiative.get(i.id) ?? "index.html", text(i.name ?? i.id, lang));
  const parts: string[] = [`<h1>${escapeHtml(t.siteTitle)}</h1>`, `<p>${escapeHtml(t.periodLine(period))}</p>`];
  parts.push(`<h2>${escapeHtml(t.summaryHeading)}</h2>`);
  for (const paragraph of summary.summaryText[lang].split("\n\n")) {
    parts.push(`<p>${text(paragraph, lang)}</p>`);
  }
  if (links.roadmap.length > 0 && summary.roadmap) {
    parts.push(`<h2>${escapeHtml(t.roadmapHeading(summary.roadmap.year))}</h2>`);
    parts.push(`<ul>${links.roadmap.map((r) => `<li>${link(r.page, text(r.label, lang))}</li>`).join("")}</ul>`);
  }
  parts.push(`<h2>${escapeHtml(t.activeHeading)}</h2>`);
  const active = initiatives.filter((i) => i.phase === PHASE.active);
  for (const segment of segmentsOf(summary, active)) {
    const rows = active.filter((i) => (i.segment ?? "") === segment);
    parts.push(`<h3>${text(t.segmentHeading(segment || t.none, rows.length), lang)}</h3>`);
    parts.push(
      table(
        [t.name, t.owner, t.status, t.risk].map(escapeHtml),
        rows.map((i) => [name(i), text(i.owner, lang), light(i.status, lang), i.risk === null ? escapeHtml("–") : light(i.risk, lang)]),
      ),
    );
  }
  const others = initiatives.filter((i) => i.phase !== PHASE.active);
  if (others.length > 0) {
    parts.push(`<h2>${escapeHtml(t.otherHeading)}</h2>`, `<p>${escapeHtml(t.otherLead)}</p>`);
    parts.push(
      table(
        [t.name, t.owner, t.segment, t.phase].map(escapeHtml),
        others.map((i) => [name(i), text(i.owner, lang), text(i.segment, lang), text(i.phase, lang)]),
      ),
    );
  }
  return renderPage({
    name: "index.html",
    lang,
    title: escapeHtml(`${t.siteTitle} – ${period}`),
    nav: links.roadmap.map((r) => link(r.page, text(r.label, lang))),
    body: parts.join("\n"),
    footer: escapeHtml(t.footer(period)),
  });
}

/** The segments in the code list's order (as the summary counts them), then any other an initiative names. */
function segmentsOf(summary: Summary, active: readonly SiteInitiative[]): string[] {
  const segments = Object.keys(summary.initiatives.bySegment);
  for (const i of active) {
    const segment = i.segment ?? "";
    if (!segments.includes(segment)) {
      segments.push(segment);
    }
  }
  return segments.filter((s) => active.some((i) => (i.segment ?? "") === s));
}
