// Writes the Teams app package: manifest.json with its ${{NAME}} placeholders filled in, the two icons and the
// translations it names, zipped at the root of the archive. Usage (package.sh wraps it):
//   BOT_ID=<app id> BOT_DOMAIN=<host name> node deployment/teams/package.mjs [output.zip]
// BOT_ID is the Azure Bot's Microsoft App ID (main.bicep's botAppId output) and BOT_DOMAIN the bot's host name
// (appUrl without https://). Optional: TEAMS_APP_ID (default BOT_ID), APP_VERSION (1.0.0), DEVELOPER_NAME,
// DEVELOPER_URL (https://BOT_DOMAIN/), PRIVACY_URL and TERMS_URL (DEVELOPER_URL).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeZip } from './formats.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const hostName = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/i;

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(2);
}

const env = process.env;
const botId = (env.BOT_ID ?? '').trim();
const botDomain = (env.BOT_DOMAIN ?? '').trim();
if (!guid.test(botId)) fail(`BOT_ID must be the bot's Microsoft App ID (a GUID), got '${botId}'.`);
if (!hostName.test(botDomain)) fail(`BOT_DOMAIN must be the bot's host name without https:// or a path, got '${botDomain}'.`);
const teamsAppId = (env.TEAMS_APP_ID || botId).trim();
if (!guid.test(teamsAppId)) fail(`TEAMS_APP_ID must be a GUID, got '${teamsAppId}'.`);
const developerUrl = env.DEVELOPER_URL || `https://${botDomain}/`;
const values = {
  BOT_ID: botId,
  BOT_DOMAIN: botDomain,
  TEAMS_APP_ID: teamsAppId,
  APP_VERSION: env.APP_VERSION || '1.0.0',
  DEVELOPER_NAME: env.DEVELOPER_NAME || 'JourneyBot',
  DEVELOPER_URL: developerUrl,
  PRIVACY_URL: env.PRIVACY_URL || developerUrl,
  TERMS_URL: env.TERMS_URL || developerUrl,
};

const template = fs.readFileSync(path.join(here, 'manifest.json'), 'utf8');
const manifest = template.replace(/\$\{\{([A-Z_]+)\}\}/g, (_, name) => {
  if (!(name in values)) fail(`manifest.json names an unknown placeholder \${{${name}}}.`);
  // The values go inside JSON strings.
  return JSON.stringify(values[name]).slice(1, -1);
});

const output = path.resolve(process.argv[2] || path.join(here, '..', '..', '.local', 'teams', 'journeybot-teams.zip'));
fs.mkdirSync(path.dirname(output), { recursive: true });
// The manifest, the files it names (icons, translations), nothing else.
const parsed = JSON.parse(manifest);
const files = [parsed.icons.color, parsed.icons.outline, ...(parsed.localizationInfo?.additionalLanguages ?? []).map(l => l.file)];
fs.writeFileSync(output, encodeZip([
  { name: 'manifest.json', data: Buffer.from(manifest, 'utf8') },
  ...files.map(name => ({ name, data: fs.readFileSync(path.join(here, name)) })),
]));
console.log(`wrote ${output} (Teams app ${teamsAppId}, bot ${botId}, ${botDomain})`);
