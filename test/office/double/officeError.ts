/** The shape of OfficeExtension.Error as Excel rejects `context.sync()` with it. */
export interface OfficeErrorLike {
  name: "RichApi.Error";
  code: string;
  message: string;
  traceMessages: string[];
  debugInfo: { code: string; message: string; errorLocation?: string };
}

/** An error object as Office.js produces it (a plain object, not an Error instance). */
export function officeError(code: string, message: string, errorLocation?: string): OfficeErrorLike {
  return { name: "RichApi.Error", code, message, traceMessages: [], debugInfo: { code, message, errorLocation } };
}

/** Office's message when a property is read before it was loaded and synced. */
export function notLoaded(property: string): OfficeErrorLike {
  return officeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
