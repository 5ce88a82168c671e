import type { Lang } from "../messages/catalogue";
import { formatDateNb } from "../register/dates";
import { codeLabel, periodLabel } from "../report/sheetText";
import type { Roadmap } from "../summary/summarizeRoadmap";
import { periodText } from "../report/layoutRoadmapSheet";
import { escapeHtml } from "./escapeHtml";
import { light, link, renderPage, table, text, type SitePage } from "./renderPage";
import type { GoalRef, SiteInitiative } from "./siteInitiatives";
import { SITE_TEXT } from "./siteText";

/**
 * One initiative's page: owner, segment, phase, status and risk with their
 * reasons, its goals, its dependencies of the period, the period and when it
 * last reported, and the roadmap's activities that name it.
 */
export function renderInitiativePage(page: string, i: SiteInitiative, roadmap: Roadmap | null, lang: Lang): SitePage {
  const t = SITE_TEXT[lang];
  const period = periodLabel(i.period);
  const fact = (term: string, value: string) => `<dt>${escapeHtml(term)}</dt><dd>${value}</dd>`;
  const facts = [
    fact(t.id, text(i.id, lang)),
    fact(t.owner, text(i.owner, lang)),
    fact(t.segment, text(i.segment, lang)),
    fact(t.phase, text(i.phase, lang)),
    fact(t.period, escapeHtml(period)),
    fact(t.lastReported, escapeHtml(i.lastReported ? periodLabel(i.lastReported) : t.neverReported)),
    fact(t.status, i.status === null ? escapeHtml("–") : light(i.status, lang)),
    ...(i.statusReason ? [fact(t.reason, text(i.statusReason, lang))] : []),
    fact(t.risk, i.risk === null ? escapeHtml(t.noRisk) : light(i.risk, lang)),
    ...(i.riskReason ? [fact(t.reason, text(i.riskReason, lang))] : []),
  ];
  const parts = [`<h1>${text(i.name ?? i.id, lang)}</h1>`, `<dl class="facts">\n${facts.join("\n")}\n</dl>`];
  parts.push(`<h2>${escapeHtml(t.goals)}</h2>`, `<dl class="facts">`);
  parts.push(`<dt>${escapeHtml(t.mainGoal)}</dt><dd>${i.mainGoal ? goalText(i.mainGoal, lang) : escapeHtml(t.none)}</dd>`);
  const sustainability = i.sustainabilityGoals.map((g) => goalText(g, lang)).join("<br>");
  parts.push(`<dt>${escapeHtml(t.sustainabilityGoals)}</dt><dd>${sustainability || escapeHtml(t.none)}</dd>`, "</dl>");
  parts.push(`<h2>${escapeHtml(t.dependencies(period))}</h2>`);
  if (i.dependencies.length === 0) {
    parts.push(`<p>${escapeHtml(t.noDependencies)}</p>`);
  } else {
    parts.push(
      table(
        [t.dependency, t.category, t.criticality, t.status, t.deadline].map(escapeHtml),
        i.dependencies.map((d) => [
          text(d.dependency, lang),
          text(d.category, lang),
          text(d.criticality === null ? null : codeLabel(d.criticality, lang), lang),
          light(d.status, lang),
          escapeHtml(d.deadline ? (lang === "nb" ? formatDateNb(d.deadline) : d.deadline) : "–"),
        ]),
      ),
    );
  }
  const planned = roadmapRows(i.id, roadmap, lang);
  if (roadmap && planned.length > 0) {
    parts.push(`<h2>${escapeHtml(t.inRoadmap(roadmap.year))}</h2>`);
    parts.push(table([t.goal, t.area, t.who, t.activity(roadmap.year), t.totalPeriod].map(escapeHtml), planned));
  }
  return renderPage({
    name: page,
    lang,
    title: `${text(i.name ?? i.id, lang)} – ${escapeHtml(t.siteTitle)}`,
    nav: [link("index.html", escapeHtml(t.toIndex))],
    body: parts.join("\n"),
    footer: escapeHtml(t.footer(period)),
  });
}

function goalText(goal: GoalRef, lang: Lang): string {
  return text(goal.title ? `${goal.code} – ${goal.title}` : goal.code, lang);
}

/** The roadmap's activities that name the initiative, as table rows. */
function roadmapRows(id: string, roadmap: Roadmap | null, lang: Lang): string[][] {
  const rows: string[][] = [];
  for (const goal of roadmap?.goals ?? []) {
    for (const area of goal.areas) {
      for (const e of area.rows) {
        if (e.initiative === id) {
          rows.push([text(goal.goal, lang), text(area.title, lang), text(e.who, lang), text(e.activity, lang), text(periodText(e), lang)]);
        }
      }
    }
  }
  return rows;
}
