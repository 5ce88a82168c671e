import type { Lang } from "../messages/catalogue";
import { periodText } from "../report/layoutRoadmapSheet";
import type { RoadmapEntry, RoadmapGoal } from "../summary/summarizeRoadmap";
import { escapeHtml } from "./escapeHtml";
import { link, renderPage, table, text, type SitePage } from "./renderPage";
import { SITE_TEXT } from "./siteText";

/**
 * One goal's roadmap page for the plan year: an area per section with its
 * objective and the table Hvem | Tjeneste | Hva skal skje | Totalperiode; an
 * activity that names an initiative links to its page.
 */
export function renderRoadmapPage(
  page: string,
  year: number,
  goal: RoadmapGoal,
  pages: { initiative: ReadonlyMap<string, { page: string; name: string }>; nav: readonly string[]; period: string },
  lang: Lang,
): SitePage {
  const t = SITE_TEXT[lang];
  const title = t.roadmapTitle(year, goal.goal, goal.title);
  const parts = [`<h1>${text(title, lang)}</h1>`, `<p>${escapeHtml(t.roadmapLead(year))}</p>`];
  if (goal.areas.length === 0) {
    parts.push(`<p>${escapeHtml(t.noActivities(year))}</p>`);
  }
  for (const area of goal.areas) {
    parts.push(`<h2>${text(area.title, lang)}</h2>`);
    if (area.objective) {
      parts.push(`<p><strong>${escapeHtml(t.objective)}:</strong> ${text(area.objective, lang)}</p>`);
    }
    const rows = area.rows.map((e) => [
      text(e.who, lang),
      text(e.service, lang),
      activity(e, pages.initiative, lang),
      text(periodText(e), lang),
    ]);
    parts.push(table([t.who, t.service, t.activity(year), t.totalPeriod].map(escapeHtml), rows, "roadmap"));
  }
  return renderPage({
    name: page,
    lang,
    title: `${text(title, lang)} – ${escapeHtml(t.siteTitle)}`,
    nav: pages.nav,
    body: parts.join("\n"),
    footer: escapeHtml(t.footer(pages.period)),
  });
}

function activity(e: RoadmapEntry, initiative: ReadonlyMap<string, { page: string; name: string }>, lang: Lang): string {
  const t = SITE_TEXT[lang];
  const parts = [text(e.activity, lang)];
  if (e.note) {
    parts.push(`<br><em>${escapeHtml(t.note)}:</em> ${text(e.note, lang)}`);
  }
  const linked = e.initiative === null ? undefined : initiative.get(e.initiative);
  if (linked) {
    parts.push(`<br>${link(linked.page, text(linked.name, lang))}`);
  }
  return parts.join("");
}
