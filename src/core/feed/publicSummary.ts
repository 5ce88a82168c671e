import type { Summary } from "../summary/summary";

/**
 * The summary as the web feed publishes it: the round keeps who has not
 * reported, but not their contacts' e-mail addresses, which are the office's
 * to chase with and no one else's to read.
 */
export function publicSummary(summary: Summary): Summary {
  return { ...summary, round: { ...summary.round, notReported: summary.round.notReported.map((i) => ({ ...i, contact: "" })) } };
}
