import type { Summary } from "../summary/summary";
import { FEED_COLUMNS, type Feed } from "./feed";
import { formatCsv } from "./formatCsv";

/** initiatives.csv: a header of the JSON keys, then one line per initiative. */
export function formatFeedCsv(feed: Feed): string {
  return formatCsv(
    FEED_COLUMNS,
    feed.initiatives.map((row) => FEED_COLUMNS.map((key) => row[key])),
  );
}

/** initiatives.json: the feed as written, raw text kept (JSON holds no formulas). */
export function formatFeedJson(feed: Feed): string {
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** roadmap.json: the summary's roadmap with the period it was made for; no goals when the register has no Veikart sheet. */
export function formatRoadmapJson(summary: Summary): string {
  const roadmap = { format: 1, period: summary.period, year: summary.roadmap?.year ?? null, goals: summary.roadmap?.goals ?? [] };
  return `${JSON.stringify(roadmap, null, 2)}\n`;
}
