// Expands every conformance case with the official JavaScript engine (adaptivecards-templating),
// all in one process, so the C# conformance tests can compare our TemplateExpander against it.
//
// Usage: node reference-expand.js <corpus directory>
// Run it with the repository root as the working directory: the engine is resolved from the
// repository's node_modules (installed by `npm ci`), never from wherever the script was copied.
//
// Prints one JSON object: { "engine": "<version>", "results": { "<case>": { "output": <json> } | { "error": "<message>" } } }.
"use strict";

const fs = require("fs");
const path = require("path");

function loadEngine() {
  const paths = [process.cwd()];
  const main = require.resolve("adaptivecards-templating", { paths });
  const version = require(require.resolve("adaptivecards-templating/package.json", { paths })).version;
  return { ACData: require(main), version };
}

function expand(ACData, testCase) {
  try {
    // The engine returns undefined/null when the root itself is dropped; JSON has only null.
    const output = new ACData.Template(testCase.template).expand({ $root: testCase.data });
    return { output: output === undefined ? null : output };
  } catch (e) {
    return { error: String(e && e.message ? e.message : e) };
  }
}

function main() {
  const directory = process.argv[2];
  if (!directory) {
    throw new Error("usage: node reference-expand.js <corpus directory>");
  }

  const { ACData, version } = loadEngine();
  const results = {};
  for (const file of fs.readdirSync(directory).filter((f) => f.endsWith(".json")).sort()) {
    const testCase = JSON.parse(fs.readFileSync(path.join(directory, file), "utf8"));
    results[path.basename(file, ".json")] = expand(ACData, testCase);
  }

  process.stdout.write(JSON.stringify({ engine: version, results }));
}

main();
