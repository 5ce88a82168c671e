import { checkRegister } from "../core/checks/checkRegister";
import { buildFeed, type Feed } from "../core/feed/feed";
import { formatFeedCsv, formatFeedJson } from "../core/feed/formatFeed";
import type { Finding } from "../core/findings/finding";
import type { Period } from "../core/register/period";
import { summarize, type Summary } from "../core/summary/summary";
import type { WorkbookPort } from "../workbook/port";

/** The feed's files by name, as text (the CSV begins with its byte order mark). */
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
}

/** The web feed of a register for a period: the summary JSON and one row per initiative, as JSON and CSV. */
export async function exportFeed(port: WorkbookPort, options: { period?: Period } = {}): Promise<FeedResult> {
  const { register, findings } = checkRegister(await port.readSheets(), { period: options.period });
  const summary = summarize(register, findings, options.period);
  const feed = buildFeed(register, options.period);
  const files: FeedFiles = {
    "summary.json": `${JSON.stringify(summary, null, 2)}\n`,
    "initiatives.json": formatFeedJson(feed),
    "initiatives.csv": formatFeedCsv(feed),
  };
  return { summary, feed, findings, files };
}
