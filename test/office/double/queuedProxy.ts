import type { FakeExcel } from "./fakeExcel";
import { notLoaded, officeError } from "./officeError";

export type Resolve<T> = () => T | undefined;

/**
 * What every proxy shares: calls are queued, never run at once; a loaded
 * property is readable only after the sync that loaded it; a *OrNullObject
 * proxy learns whether it exists only at sync. A null object loads nothing,
 * and every call on it (a property set, delete, select, ...) fails the sync
 * with ItemNotFound. Proxies taken from a null object (its ranges, its used
 * range) are null objects too, or fail, as the double's `nullNavigation` says
 * (Office documents neither; see FakeExcel's constructor).
 */
export abstract class QueuedProxy<T> {
  private readonly loaded = new Map<string, unknown>();
  private nullObject?: boolean;

  constructor(
    protected readonly excel: FakeExcel,
    private readonly resolve: Resolve<T>,
    protected readonly label: string,
    readonly nullable = false,
  ) {
    if (nullable) {
      excel.enqueue(`${label}.resolve`, () => void (this.nullObject = this.resolve() === undefined));
    }
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined) {
      throw notLoaded("isNullObject");
    }
    return this.nullObject;
  }

  load(properties: string | string[]): this {
    const names = (Array.isArray(properties) ? properties : properties.split(",")).map((p) => p.trim()).filter(Boolean);
    this.excel.enqueue(`${this.label}.load(${names.join(",")})`, () => {
      const target = this.resolve();
      if (target === undefined) {
        return undefined;
      } // a null object loads nothing
      const snapshot = this.snapshot(target, names);
      for (const [k, v] of Object.entries(snapshot)) {
        this.loaded.set(k, v);
      }
      return this.wire(snapshot);
    });
    return this;
  }

  /** The live object; calls on an object that does not exist fail the sync like Excel's ItemNotFound. */
  target(): T {
    const t = this.resolve();
    if (t === undefined) {
      throw officeError("ItemNotFound", `The requested resource doesn't exist. (${this.label})`, this.label);
    }
    return t;
  }

  /**
   * What a proxy taken from this one starts from: the live object; undefined
   * when this is a null object and nulls propagate; else Excel's ItemNotFound.
   */
  source(): T | undefined {
    const t = this.resolve();
    if (t !== undefined || !this.nullable) {
      return this.target();
    }
    if (this.excel.nullNavigation === "propagate") {
      return undefined;
    }
    const code = this.excel.nullNavigationError;
    throw officeError(code, `The object this was taken from is a null object. (${this.label})`, this.label);
  }

  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) {
      throw notLoaded(property);
    }
    return this.loaded.get(property) as V;
  }

  protected call(what: string, run: (target: T) => unknown, payload?: unknown): void {
    this.excel.enqueue(`${this.label}.${what}`, () => void run(this.target()), payload);
  }

  protected abstract snapshot(target: T, names: string[]): Record<string, unknown>;

  /** What the loaded properties weigh on the wire (proxies travel as their loaded properties). */
  protected wire(snapshot: Record<string, unknown>): unknown {
    return snapshot;
  }
}
