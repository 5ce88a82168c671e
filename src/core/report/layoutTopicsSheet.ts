import type { Lang } from "../messages/catalogue";
import type { Summary } from "../summary/summary";
import type { TopicSummary } from "../summary/summarizeTopics";
import type { ReportSheet } from "./reportSheet";
import type { SheetBuilder } from "./sheetBuilder";
import { SHEET_TEXT } from "./sheetText";
import { startFigureSheet } from "./startFigureSheet";
import { HEADING, NOTE } from "./styles";
import { textLines } from "./textLines";

/**
 * One column of running text. Narrower than a landscape page in every reader:
 * LibreOffice breaks pages between columns only, so a single column wider than
 * the page is printed cut off rather than scaled to fit.
 */
const TEXT_WIDTH = 100;

/**
 * The Aktuelle tema sheet (chapter 4): the topics followed up from the
 * previous report first, then the new ones, each with its text and the
 * initiatives it concerns. `names` gives an initiative's name by its ID.
 */
export function layoutTopicsSheet(summary: Summary, lang: Lang, names: (id: string) => string | undefined): ReportSheet {
  const t = SHEET_TEXT[lang];
  const { b, now } = startFigureSheet("topics", t.topicsTitle, summary, lang);
  b.row([t.topicsLead], { ...NOTE, wrap: true });
  const followUps = summary.topics.filter((topic) => topic.followUp);
  const fresh = summary.topics.filter((topic) => !topic.followUp);
  if (summary.topics.length === 0) {
    b.row();
    b.row([t.noTopics(now)], { italic: true });
  }
  for (const [heading, topics] of [
    [t.followUps, followUps],
    [t.newTopics, fresh],
  ] as const) {
    if (topics.length === 0) {
      continue;
    }
    b.row();
    b.row([heading], { ...HEADING, fontSize: 14 });
    for (const topic of topics) {
      topicBlock(b, topic, lang, names);
    }
  }
  b.widths([TEXT_WIDTH]);
  return b.build();
}

function topicBlock(b: SheetBuilder, topic: TopicSummary, lang: Lang, names: (id: string) => string | undefined): void {
  const t = SHEET_TEXT[lang];
  b.row();
  b.row([topic.title], HEADING);
  for (const line of textLines(topic.text)) {
    b.row([line], { wrap: true });
  }
  if (topic.initiatives.length > 0) {
    const named = topic.initiatives.map((id) => {
      const name = names(id);
      return name ? `${name} (${id})` : id;
    });
    b.row([t.topicInitiatives(named.join(", "))], { ...NOTE, wrap: true });
  }
}
