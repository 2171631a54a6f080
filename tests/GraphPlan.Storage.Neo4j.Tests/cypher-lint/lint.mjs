// Lints Cypher statements with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support).
// Usage: node lint.mjs statements.json
//   statements.json: [{ "name": "...", "text": "...", "parameters": { ... } }, ...]
// Prints one JSON object: { "checked": N, "problems": [{ name, text, severity, message, line, column }] }.
// Every diagnostic is a problem: with an empty database schema the only warnings left are deprecations.
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node lint.mjs statements.json');
  process.exit(2);
}

const statements = JSON.parse(readFileSync(file, 'utf8'));
const problems = [];
for (const { name, text, parameters } of statements) {
  const { diagnostics } = lintCypherQuery(text, { parameters: parameters ?? {} });
  for (const d of diagnostics) {
    problems.push({
      name,
      text,
      severity: d.severity === 1 ? 'error' : 'warning',
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
    });
  }
}

console.log(JSON.stringify({ checked: statements.length, problems }));
