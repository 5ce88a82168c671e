import packageJson from "../../package.json";

/** The add-in's version, as package.json gives it; the build keeps only this field of the file. */
export const APP_VERSION: string = packageJson.version;
