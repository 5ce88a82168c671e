import { TextDecoder, TextEncoder } from "node:util";

// The chart tests run under jsdom for its XML parser; jsdom's globals lack the text codecs the file host uses
// (browsers and Node have them). Imported before anything that loads the file host.
Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? TextDecoder, TextEncoder: globalThis.TextEncoder ?? TextEncoder });
