// The production manifest: the development manifest.xml with its https://localhost:3000 URLs
// moved to the host the add-in is deployed on (ADDIN_BASE_URL), used by webpack.config.js when
// `npm run build` writes dist/manifest.xml, and checked by test/manifest.
'use strict';
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const DEV_ORIGIN = 'https://localhost:3000';
const SCHEMA = path.resolve(
  __dirname,
  '../../shared/schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd',
);

/**
 * The deployment's base URL, checked: https, no query or fragment, no trailing slash. Office
 * loads add-ins over https only.
 */
function baseUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(
      `ADDIN_BASE_URL must be an https URL (Office loads add-ins over https only): ${value}`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `ADDIN_BASE_URL must be a plain address without query, fragment or user: ${value}`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * The manifest for `base`: every development URL moved there; an AppDomain that repeats the
 * source location's domain dropped (Office allows that domain anyway), and AppDomains with it
 * when it is left empty (the schema wants at least one AppDomain inside).
 */
function productionManifest(xml, base) {
  const host = baseUrl(base);
  const origin = new URL(host).origin;
  let out = xml.replace(
    /Development URLs point at https:\/\/localhost:3000 \(`npm start`\); a deployment replaces them\./,
    `Built for ${host} (npm run build with ADDIN_BASE_URL).`,
  );
  out = out.split(DEV_ORIGIN).join(host);
  out = out.replace(/[ \t]*<AppDomain>\s*([^<]*?)\s*<\/AppDomain>\r?\n?/g, (element, domain) =>
    new URL(domain).origin === origin ? '' : element,
  );
  out = out.replace(/[ \t]*<AppDomains>\s*<\/AppDomains>\r?\n?/g, '');
  if (/localhost/i.test(out)) throw new Error('the production manifest still names localhost');
  return out;
}

/**
 * Problems xmllint finds in the manifest at `file` against the Office add-in manifest schema
 * (offline); undefined when it is valid, null when xmllint or the schema is not there.
 */
function schemaProblems(file) {
  if (!existsSync(SCHEMA)) return null;
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return undefined;
  } catch (error) {
    if (error && error.code === 'ENOENT') return null;
    return String(error.stderr || error.message);
  }
}

module.exports = { DEV_ORIGIN, SCHEMA, baseUrl, productionManifest, schemaProblems };
