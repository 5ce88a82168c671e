import type { CellRange } from "../../core/cells";
import type { CellStyle } from "../../core/report/reportSheet";
import type { StyleGroup } from "./groupStyles";
import { jsonBytes } from "./payloadSize";
import { ACTION_BYTES, type SyncBudget } from "./syncBudget";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const BORDER_COLOR = "#BFBFBF";
const THIN_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;
/** Areas per multi-area range; keeps each address list short. */
const AREAS_PER_CALL = 40;

/**
 * Formats every area of a style group, the way the file host does in exceljs.
 * Areas share one multi-area range (`getRanges`) per call; number formats
 * need a plain range per area, since Excel sets them cell by cell.
 */
export async function applyStyle(ws: Excel.Worksheet, group: StyleGroup, budget: SyncBudget): Promise<void> {
  const { style, areas, ranges } = group;
  if (style.numFmt || areas.length === 1) {
    for (const [i, address] of areas.entries()) {
      const formats = style.numFmt ? numberFormats(ranges[i], style.numFmt) : undefined;
      await budget.reserve(ACTION_BYTES * actionCount(style) + (formats ? jsonBytes(formats) : 0));
      const range = ws.getRange(address);
      if (formats) {
        range.numberFormat = formats;
      }
      // `format` is a navigation property, only written through: nothing is read, so nothing needs loading.
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
      formatRange(range.format, style);
    }
    return;
  }
  for (let i = 0; i < areas.length; i += AREAS_PER_CALL) {
    const chunk = areas.slice(i, i + AREAS_PER_CALL).join(",");
    await budget.reserve(ACTION_BYTES * actionCount(style) + chunk.length);
    formatRange(ws.getRanges(chunk).format, style);
  }
}

function formatRange(format: Excel.RangeFormat, s: CellStyle): void {
  const font = format.font;
  if (s.bold !== undefined) {
    font.bold = s.bold;
  }
  if (s.italic !== undefined) {
    font.italic = s.italic;
  }
  if (s.fontSize !== undefined) {
    font.size = s.fontSize;
  }
  if (s.fontColor !== undefined) {
    font.color = `#${s.fontColor}`;
  }
  if (s.fill) {
    format.fill.color = `#${s.fill}`;
  }
  if (s.horizontal) {
    format.horizontalAlignment = HORIZONTAL[s.horizontal];
  }
  if (s.wrap) {
    format.wrapText = true;
    format.verticalAlignment = "Top";
  }
  if (s.border) {
    const edges = s.border === "thin" ? THIN_EDGES : s.border === "top" ? (["EdgeTop"] as const) : (["EdgeBottom"] as const);
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = BORDER_COLOR;
    }
  }
}

/** The Office.js actions one style costs: the range and format paths, each property set, each border edge. */
function actionCount(s: CellStyle): number {
  const font = [s.bold, s.italic, s.fontSize, s.fontColor].filter((v) => v !== undefined).length;
  const edges = s.border === "thin" ? THIN_EDGES.length : s.border ? 1 : 0;
  return (
    2 +
    (font > 0 ? 1 + font : 0) +
    (s.fill ? 2 : 0) +
    (s.numFmt ? 1 : 0) +
    (s.horizontal ? 1 : 0) +
    (s.wrap ? 2 : 0) +
    (edges > 0 ? 1 + edges * 3 : 0)
  );
}

/** A number format for every cell of the range: Excel takes formats as a 2-D block. */
function numberFormats(range: CellRange, format: string): string[][] {
  return Array.from({ length: range.row2 - range.row1 + 1 }, () => new Array<string>(range.col2 - range.col1 + 1).fill(format));
}
