/** The Excel double: `new OfficeWorkbook(new FakeExcel().run)` runs the adapter against it. */
export { FakeExcel, EXCEL_WEB_PAYLOAD_LIMIT, type NullNavigation, type SyncRecord } from "./fakeExcel";
export { FakeSheet, type FakeCell, type FakeChartState } from "./fakeSheet";
export { officeError, type OfficeErrorLike } from "./officeError";
export { parseAddress, formatAddress, type Rect } from "./addresses";
