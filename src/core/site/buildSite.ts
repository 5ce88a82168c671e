import type { Feed } from "../feed/feed";
import type { Lang } from "../messages/catalogue";
import type { Register } from "../register/model";
import { periodLabel } from "../report/sheetText";
import type { Summary } from "../summary/summary";
import { uniquePageNames } from "./pageNames";
import { renderIndexPage, type SiteLinks } from "./renderIndexPage";
import { renderInitiativePage } from "./renderInitiativePage";
import { link, text, type SitePage } from "./renderPage";
import { renderRoadmapPage } from "./renderRoadmapPage";
import { siteInitiatives } from "./siteInitiatives";
import { SITE_TEXT } from "./siteText";

/**
 * The static web pages of a period (chapter 6): index.html, one page per
 * initiative of the feed and one roadmap page per goal. Plain HTML with its
 * style inline, no script; every text escaped; nothing of the register but
 * what the report shows. Page names are safe ASCII and unique, case ignored.
 */
export function buildSite(register: Register, summary: Summary, feed: Feed, lang: Lang): SitePage[] {
  const t = SITE_TEXT[lang];
  const initiatives = siteInitiatives(register, feed.initiatives);
  const taken = new Set(["index.html"]);
  const initiativePages = uniquePageNames(
    "tiltak-",
    initiatives.map((i) => i.id),
    taken,
  );
  const goals = summary.roadmap?.goals ?? [];
  const roadmapPages = uniquePageNames(
    "veikart-mal-",
    goals.map((g) => g.goal),
    taken,
  );
  const links: SiteLinks = {
    initiative: new Map(initiatives.map((i, n) => [i.id, initiativePages[n]])),
    roadmap: goals.map((g, n) => ({ page: roadmapPages[n], label: t.roadmapLink(g.goal, g.title) })),
  };
  const nav = [link("index.html", text(t.toIndex, lang)), ...links.roadmap.map((r) => link(r.page, text(r.label, lang)))];
  const named = new Map(initiatives.map((i, n) => [i.id, { page: initiativePages[n], name: i.name ?? i.id }]));
  const period = periodLabel(summary.period);
  return [
    renderIndexPage(summary, initiatives, links, lang),
    ...initiatives.map((i, n) => renderInitiativePage(initiativePages[n], i, summary.roadmap, lang)),
    ...goals.map((g, n) => renderRoadmapPage(roadmapPages[n], summary.roadmap?.year ?? 0, g, { initiative: named, nav, period }, lang)),
  ];
}
