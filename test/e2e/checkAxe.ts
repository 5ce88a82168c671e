import type { Page } from "playwright-core";

const AXE = require.resolve("axe-core/axe.min.js");

/**
 * axe-core over the page as it is now (every rule axe runs by default: WCAG
 * 2.x A and AA, and best practice such as content outside landmarks), one
 * line per violation with the elements it found.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // A button just enabled fades from its disabled colours; measured mid-fade, its contrast would be the fade's.
  // A progress bar's fill moves on with every step of a long job: it has no text, and axe does not measure it.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => {
      const target = a.effect instanceof KeyframeEffect ? a.effect.target : null;
      return a.playState !== "running" || Boolean(target?.closest('[role="progressbar"]'));
    }),
  );
  if (!(await page.evaluate(() => "axe" in window))) {
    await page.addScriptTag({ path: AXE });
  }
  return page.evaluate(async () => {
    type Violation = { id: string; nodes: Array<{ target: unknown[] }> };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}
