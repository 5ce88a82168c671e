import { splitIds, type Register } from "../register/model";
import type { Period } from "../register/period";

/** A topic of the period as the report shows it (chapter 4). */
export interface TopicSummary {
  title: string;
  text: string;
  /** Followed up from an earlier report (chapter 4.1). */
  followUp: boolean;
  /** Tiltak IDs as written. */
  initiatives: string[];
}

/** The period's topics, follow-ups from earlier reports first, each group in sheet order. */
export function summarizeTopics(register: Register, period: Period | undefined): TopicSummary[] {
  const topics: TopicSummary[] = [];
  for (const t of register.topics) {
    if (period === undefined || t.period !== period || t.title === undefined) {
      continue;
    }
    topics.push({ title: t.title, text: t.text ?? "", followUp: t.followUp, initiatives: splitIds(t.initiatives) });
  }
  return [...topics.filter((t) => t.followUp), ...topics.filter((t) => !t.followUp)];
}
