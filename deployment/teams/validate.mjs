// Checks a Teams app manifest against the app manifest JSON schema of its manifestVersion, offline:
// the schema validation is @microsoft/teams-manifest's ManifestUtil.validateManifestAgainstSchema, and the
// schema is the copy @microsoft/app-manifest ships (ManifestUtil.validateManifest would download it from the
// $schema URL instead). Both are pinned dev dependencies: run `npm ci` once first.
//   node deployment/teams/validate.mjs <manifest.json | app package .zip>
// Prints "manifest valid" and exits 0, or prints each schema error and exits 1 (2: could not check at all).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { decodeZip } from './formats.mjs';

const require = createRequire(import.meta.url);

function fail(message) {
  console.error(`validate: ${message}`);
  process.exit(2);
}

const manifestPath = process.argv[2];
if (!manifestPath) fail('usage: node deployment/teams/validate.mjs <manifest.json | app package .zip>');

let ManifestUtil;
let schemaRoot;
try {
  ({ ManifestUtil } = require('@microsoft/teams-manifest'));
  schemaRoot = path.join(path.dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams');
} catch (error) {
  fail(`${error.message}\nRun npm ci first (the validator and the schemas are dev dependencies).`);
}

// The manifest and the files it names, from the package or from the manifest's folder.
let readFile;
let manifest;
try {
  const file = fs.readFileSync(manifestPath);
  if (manifestPath.endsWith('.zip')) {
    const entries = decodeZip(file);
    readFile = name => entries.get(name);
  } else {
    readFile = name => (fs.existsSync(path.join(path.dirname(manifestPath), name)) ? fs.readFileSync(path.join(path.dirname(manifestPath), name)) : undefined);
  }
  const text = manifestPath.endsWith('.zip') ? readFile('manifest.json')?.toString('utf8') : file.toString('utf8');
  if (text === undefined) fail(`${manifestPath} holds no manifest.json at its root`);
  manifest = JSON.parse(text);
} catch (error) {
  fail(`cannot read ${manifestPath}: ${error.message}`);
}

const version = typeof manifest.manifestVersion === 'string' ? manifest.manifestVersion : '';
const schemaFile = path.join(schemaRoot, `v${version}`, 'MicrosoftTeams.schema.json');
if (!/^(\d+\.\d+|devPreview)$/.test(version) || !fs.existsSync(schemaFile)) {
  const known = fs.readdirSync(schemaRoot).filter(name => /^v\d/.test(name)).join(', ');
  console.error(`manifestVersion '${version}' has no schema here (known: ${known})`);
  process.exit(1);
}

// The $schema URL must name the same version the manifest declares.
if (typeof manifest.$schema === 'string' && !manifest.$schema.includes(`/v${version}/`)) {
  console.error(`$schema ${manifest.$schema} does not match manifestVersion ${version}`);
  process.exit(1);
}

const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
const errors = await ManifestUtil.validateManifestAgainstSchema(manifest, schema);

// Each translation against the localization schema of the same version, and every named file present.
const localizationSchema = JSON.parse(fs.readFileSync(path.join(schemaRoot, `v${version}`, 'MicrosoftTeams.Localization.schema.json'), 'utf8'));
// Some of its key patterns close a character class with a bare "]" after "\b" (activityTypes), which a regular
// expression with the u flag (how ajv compiles them) refuses; escaping it keeps the same meaning.
localizationSchema.patternProperties = Object.fromEntries(
  Object.entries(localizationSchema.patternProperties ?? {}).map(([pattern, rule]) => [pattern.replaceAll('\\b]', '\\b\\]'), rule]));
const translations = (manifest.localizationInfo?.additionalLanguages ?? []).map(language => language.file);
for (const name of [manifest.icons?.color, manifest.icons?.outline, ...translations].filter(Boolean)) {
  if (readFile(name) === undefined) errors.push(`${name}: named by the manifest but not in the package`);
}
for (const name of translations) {
  const data = readFile(name);
  if (data === undefined) continue;
  const found = await ManifestUtil.validateManifestAgainstSchema(JSON.parse(data.toString('utf8')), localizationSchema);
  errors.push(...found.map(error => `${name}: ${error}`));
}

if (errors.length > 0) {
  for (const error of errors) console.error(error);
  console.error(`manifest invalid: ${errors.length} schema error(s) against v${version}`);
  process.exit(1);
}

console.log(`manifest valid (schema v${version}${translations.length > 0 ? `, ${translations.length} translation(s)` : ''})`);
