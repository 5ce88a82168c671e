import type { FakeExcel } from "./fakeExcel";
import type { FakeRange } from "./fakeRange";
import type { FakeChartState, FakeSeries } from "./fakeSheet";
import type { FakeWorksheet } from "./fakeWorksheets";
import { notLoaded, officeError } from "./officeError";
import type { Resolve } from "./queuedProxy";

export class FakeChartCollection {
  constructor(
    private readonly excel: FakeExcel,
    private readonly ws: FakeWorksheet,
  ) {}

  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChart {
    let chart: FakeChartState | undefined;
    this.excel.enqueue(
      `charts.add(${type})`,
      () => {
        const sheet = this.ws.target();
        const { rect } = source.target();
        const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rect.bottom - rect.top >= rect.right - rect.left);
        const series: FakeSeries[] = byColumns
          ? range(rect.left, rect.right).map((c) => ({ values: { ...rect, left: c, right: c }, pointColors: [] }))
          : range(rect.top, rect.bottom).map((r) => ({ values: { ...rect, top: r, bottom: r }, pointColors: [] }));
        chart = { type, seriesBy, series };
        sheet.charts.push(chart);
      },
      { type, seriesBy },
    );
    return new FakeChart(this.excel, () => chart);
  }
}

const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** Chart proxies: every setter and method is queued and applied at sync. */
export class FakeChart {
  readonly title: { text: string; visible: boolean };
  readonly legend: { visible: boolean; position: string };
  readonly axes: { valueAxis: { minimum: number } };
  readonly series: { getItemAt(i: number): FakeChartSeries; add(name?: string): FakeChartSeries };

  constructor(
    private readonly excel: FakeExcel,
    private readonly resolve: Resolve<FakeChartState>,
  ) {
    const set =
      <K extends keyof FakeChartState>(key: K) =>
      (value: NonNullable<FakeChartState[K]>) =>
        this.apply(`chart.${String(key)}=`, (c) => void (c[key] = value), value);
    this.title = setOnly({ text: set("title"), visible: set("titleVisible") });
    this.legend = setOnly({ visible: set("legendVisible"), position: set("legendPosition") });
    this.axes = { valueAxis: setOnly({ minimum: set("valueAxisMinimum") }) };
    this.series = {
      getItemAt: (i: number) => new FakeChartSeries(excel, () => this.resolve()?.series[i], `series[${i}]`),
      add: (name?: string) => {
        let created: FakeSeries | undefined;
        this.apply(`series.add(${name ?? ""})`, (c) => {
          created = { name, values: { top: 1, left: 1, bottom: 0, right: 0 }, pointColors: [] };
          c.series.push(created);
        });
        return new FakeChartSeries(excel, () => created, `series(${name ?? ""})`);
      },
    };
  }

  setPosition(from: string, to?: string): void {
    this.apply("setPosition", (c) => void (c.position = { from, to }), { from, to });
  }

  private apply(label: string, run: (c: FakeChartState) => void, payload?: unknown): void {
    this.excel.enqueue(
      label,
      () => {
        const chart = this.resolve();
        if (!chart) {
          throw officeError("ItemNotFound", "The chart does not exist.");
        }
        run(chart);
      },
      payload,
    );
  }
}

export class FakeChartSeries {
  readonly format: { fill: { setSolidColor(color: string): void } };
  readonly points: { getItemAt(i: number): { format: { fill: { setSolidColor(color: string): void } } } };

  constructor(
    private readonly excel: FakeExcel,
    private readonly resolve: Resolve<FakeSeries>,
    private readonly label: string,
  ) {
    this.format = { fill: { setSolidColor: (color) => this.apply("fill", (s) => void (s.color = color), color) } };
    this.points = {
      getItemAt: (i) => ({
        format: {
          fill: {
            setSolidColor: (color) =>
              this.apply(
                `points[${i}].fill`,
                (s) => {
                  if (i >= (s.values.bottom - s.values.top + 1) * (s.values.right - s.values.left + 1)) {
                    throw officeError("InvalidArgument", "The point index is out of range.");
                  }
                  s.pointColors[i] = color;
                },
                color,
              ),
          },
        },
      }),
    };
  }

  set name(name: string) {
    this.apply("name=", (s) => void (s.name = name), name);
  }

  setValues(source: FakeRange): void {
    this.apply("setValues", (s) => void (s.values = source.target().rect));
  }

  setXAxisValues(source: FakeRange): void {
    this.apply("setXAxisValues", (s) => void (s.xValues = source.target().rect));
  }

  private apply(what: string, run: (s: FakeSeries) => void, payload?: unknown): void {
    this.excel.enqueue(
      `${this.label}.${what}`,
      () => {
        const s = this.resolve();
        if (!s) {
          throw officeError("ItemNotFound", `The series does not exist. (${this.label})`);
        }
        run(s);
      },
      payload,
    );
  }
}

/** An object whose properties can be set (each set queued) but, like unloaded Office properties, not read. */
function setOnly<T extends Record<string, (v: never) => void>>(setters: T): { [K in keyof T]: Parameters<T[K]>[0] } {
  const o = {};
  for (const [k, fn] of Object.entries(setters)) {
    Object.defineProperty(o, k, {
      set: fn,
      get: () => {
        throw notLoaded(k);
      },
      enumerable: true,
    });
  }
  return o as { [K in keyof T]: Parameters<T[K]>[0] };
}
