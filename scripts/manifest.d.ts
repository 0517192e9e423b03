// Types of scripts/manifest.js for the tests.
export declare const DEV_ORIGIN: string;
export declare const SCHEMA: string;
export declare function baseUrl(value: string): string;
export declare function productionManifest(xml: string, base: string): string;
export declare function schemaProblems(file: string): string | undefined | null;
