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

let manifest;
try {
  const file = fs.readFileSync(manifestPath);
  const text = manifestPath.endsWith('.zip') ? decodeZip(file).get('manifest.json')?.toString('utf8') : file.toString('utf8');
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
if (errors.length > 0) {
  for (const error of errors) console.error(error);
  console.error(`manifest invalid: ${errors.length} schema error(s) against v${version}`);
  process.exit(1);
}

console.log(`manifest valid (schema v${version})`);
