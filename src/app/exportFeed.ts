import { buildFeed, type Feed } from "../core/feed/feed";
import { publicSummary } from "../core/feed/publicSummary";
import { formatFeedCsv, formatFeedJson, formatRoadmapJson } from "../core/feed/formatFeed";
import type { Finding } from "../core/findings/finding";
import type { Lang } from "../core/messages/catalogue";
import type { Period } from "../core/register/period";
import type { SitePage } from "../core/site/renderPage";
import { buildSite } from "../core/site/buildSite";
import { summarize, type Summary } from "../core/summary/summary";
import type { WorkbookPort } from "../workbook/port";
import { checkWorkbook } from "./checkWorkbook";

/** The feed's data files by name, as text (the CSV begins with its byte order mark). */
export interface FeedFiles {
  "summary.json": string;
  "initiatives.json": string;
  "initiatives.csv": string;
}

export interface FeedResult {
  summary: Summary;
  feed: Feed;
  findings: Finding[];
  files: FeedFiles;
  /** roadmap.json: the roadmap of the plan year (chapter 7). */
  roadmap: string;
  /** The static web pages (chapter 6), index.html first. */
  site: SitePage[];
}

export interface FeedOptions {
  period?: Period;
  /** The roadmap's plan year; the year after the period's when absent. */
  year?: number;
  /** The language of the web pages; Norwegian when absent. */
  lang?: Lang;
}

/**
 * The web feed of a register for a period: the summary JSON, one row per
 * initiative as JSON and CSV, the roadmap as JSON, and the web pages.
 */
export async function exportFeed(port: WorkbookPort, options: FeedOptions = {}): Promise<FeedResult> {
  const { register, findings } = await checkWorkbook(port, { period: options.period });
  const summary = summarize(register, findings, options.period, { year: options.year });
  const feed = buildFeed(register, options.period);
  const files: FeedFiles = {
    "summary.json": `${JSON.stringify(publicSummary(summary), null, 2)}\n`,
    "initiatives.json": formatFeedJson(feed),
    "initiatives.csv": formatFeedCsv(feed),
  };
  const site = buildSite(register, summary, feed, options.lang ?? "nb");
  return { summary, feed, findings, files, roadmap: formatRoadmapJson(summary), site };
}
