import { cellRange, parseA1, type CellRange } from "../../../core/cells";
import type { ChartKind, ChartSeries, ChartSpec } from "../../../core/report/chartSpec";
import { rangeSize, sheetReference } from "./sheetReference";
import { escapeXml } from "../xml/xmlText";

const NS = [
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
].join(" ");

// Zero segments of a stacked bar or pie would otherwise carry a stray "0" label.
const LABEL_FORMAT = "General;-General;";
const CAT_AXIS = 500000001;
const VAL_AXIS = 500000002;

/**
 * A DrawingML chart part (xl/charts/chartN.xml) for one chart spec: formulas
 * over the report cells plus the cached figures, so readers that do not
 * recalculate still show the numbers. Its date system is the workbook's.
 */
export function writeChartXml(spec: ChartSpec, date1904 = false): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<c:chartSpace ${NS}>`,
    `<c:date1904 val="${date1904 ? 1 : 0}"/><c:roundedCorners val="0"/>`,
    "<c:chart>",
    title(spec.title),
    '<c:autoTitleDeleted val="0"/>',
    `<c:plotArea><c:layout/>${plot(spec)}</c:plotArea>`,
    legend(spec.legend),
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>',
    "</c:chart>",
    "</c:chartSpace>",
  ].join("");
}

function isRound(kind: ChartKind): boolean {
  return kind === "pie" || kind === "doughnut";
}

function plot(spec: ChartSpec): string {
  const series = spec.series.map((s, i) => seriesXml(spec, s, i)).join("");
  const labels = dataLabels(spec.kind);
  if (spec.kind === "pie") {
    return `<c:pieChart><c:varyColors val="1"/>${series}${labels}<c:firstSliceAng val="0"/></c:pieChart>`;
  }
  if (spec.kind === "doughnut") {
    return `<c:doughnutChart><c:varyColors val="1"/>${series}${labels}<c:firstSliceAng val="0"/><c:holeSize val="50"/></c:doughnutChart>`;
  }
  const horizontal = spec.kind === "bar" || spec.kind === "barStacked";
  const stacked = spec.kind === "columnStacked" || spec.kind === "barStacked";
  return [
    `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/>`,
    `<c:varyColors val="0"/>${series}${labels}<c:gapWidth val="${stacked ? 60 : 120}"/>`,
    stacked ? '<c:overlap val="100"/>' : "",
    `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:barChart>`,
    axes(horizontal),
  ].join("");
}

function seriesXml(spec: ChartSpec, s: ChartSeries, index: number): string {
  const round = isRound(spec.kind);
  const points = (s.pointColors ?? [])
    .map((color, i) =>
      isHex(color)
        ? `<c:dPt><c:idx val="${i}"/>${round ? "" : '<c:invertIfNegative val="0"/>'}<c:bubble3D val="0"/>${fill(color, round)}</c:dPt>`
        : "",
    )
    .join("");
  return [
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>`,
    seriesName(spec.sheet, s),
    s.color && isHex(s.color) ? fill(s.color, round) : "",
    round ? "" : '<c:invertIfNegative val="0"/>',
    points,
    `<c:cat>${stringReference(spec.sheet, spec.categories, spec.categoryCache)}</c:cat>`,
    `<c:val>${numberReference(spec.sheet, s.values, s.cache)}</c:val>`,
    "</c:ser>",
  ].join("");
}

function seriesName(sheet: string, s: ChartSeries): string {
  if (!s.nameCell) {
    return `<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
  }
  const { row, column } = parseA1(s.nameCell);
  return `<c:tx>${stringReference(sheet, cellRange(row, column), [s.name])}</c:tx>`;
}

function stringReference(sheet: string, range: CellRange, cache: readonly string[]): string {
  const points = cache.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");
  return `<c:strRef><c:f>${escapeXml(sheetReference(sheet, range))}</c:f><c:strCache><c:ptCount val="${rangeSize(range)}"/>${points}</c:strCache></c:strRef>`;
}

function numberReference(sheet: string, range: CellRange, cache: readonly number[]): string {
  const points = cache.map((v, i) => (Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "")).join("");
  return [
    `<c:numRef><c:f>${escapeXml(sheetReference(sheet, range))}</c:f>`,
    `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${rangeSize(range)}"/>${points}</c:numCache></c:numRef>`,
  ].join("");
}

// Slices get a white edge so neighbouring colours stay apart; bars need none.
function fill(color: string, edged: boolean): string {
  const line = edged ? '<a:ln w="12700"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln>' : "";
  return `<c:spPr><a:solidFill><a:srgbClr val="${color.toUpperCase()}"/></a:solidFill>${line}</c:spPr>`;
}

function dataLabels(kind: ChartKind): string {
  return [
    `<c:dLbls><c:numFmt formatCode="${LABEL_FORMAT}" sourceLinked="0"/>`,
    "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>",
    // Excel accepts a label position on pie slices but refuses one on doughnut rings.
    kind === "pie" ? '<c:dLblPos val="bestFit"/>' : "",
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>',
    '<c:showPercent val="0"/><c:showBubbleSize val="0"/>',
    isRound(kind) ? '<c:showLeaderLines val="1"/>' : "",
    "</c:dLbls>",
  ].join("");
}

// Horizontal bars list categories top-down in table order; the value axis then stays at the bottom.
function axes(horizontal: boolean): string {
  return [
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling>`,
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="1"/>`,
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>',
    `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`,
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling>`,
    `<c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/>`,
    '<c:majorGridlines><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>',
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>',
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`,
  ].join("");
}

function title(text: string): string {
  return [
    "<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>",
    '<a:p><a:pPr><a:defRPr sz="1300" b="1"/></a:pPr>',
    `<a:r><a:rPr sz="1300" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p>`,
    '</c:rich></c:tx><c:overlay val="0"/></c:title>',
  ].join("");
}

function legend(position: ChartSpec["legend"]): string {
  if (position === "none") {
    return "";
  }
  return `<c:legend><c:legendPos val="${position === "right" ? "r" : "b"}"/><c:overlay val="0"/></c:legend>`;
}

function isHex(color: string): boolean {
  return /^[0-9a-fA-F]{6}$/.test(color);
}
