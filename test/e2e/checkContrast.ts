import type { Page } from "playwright-core";

/**
 * WCAG 2.2 success criterion 1.4.3 over every visible text on the page: the
 * contrast of its colour against the background it is drawn on, at least
 * 4.5:1 (3:1 for large text). Disabled controls are exempt, as WCAG says.
 */
export function contrastFailures(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Rgba = { r: number; g: number; b: number; a: number };
    const parse = (css: string): Rgba => {
      const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
      return { r, g, b, a };
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => ({
      r: top.r * top.a + bottom.r * (1 - top.a),
      g: top.g * top.a + bottom.g * (1 - top.a),
      b: top.b * top.a + bottom.b * (1 - top.a),
      a: 1,
    });
    const channel = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    const luminance = (c: Rgba) => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    const backgroundOf = (el: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor);
        if (bg.a > 0) {
          layers.push(bg);
        }
        if (bg.a >= 1) {
          break;
        }
      }
      return layers.reduceRight<Rgba>((below, layer) => over(layer, below), { r: 255, g: 255, b: 255, a: 1 });
    };
    const failures: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? "").trim();
      const el = node.parentElement;
      if (!text || !el || el.closest("[disabled], [aria-disabled='true'], noscript, script, style")) {
        continue;
      }
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Visually hidden text (for screen readers) has no contrast to keep.
      if (box.width <= 1 || box.height <= 1 || style.visibility === "hidden" || Number(style.opacity) === 0) {
        continue;
      }
      const background = backgroundOf(el);
      const color = over(parse(style.color), background);
      const [hi, lo] = [luminance(color), luminance(background)].sort((a, b) => b - a);
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) {
        failures.push(`${text.slice(0, 40)}: ${ratio.toFixed(2)}:1`);
      }
    }
    return failures;
  });
}
