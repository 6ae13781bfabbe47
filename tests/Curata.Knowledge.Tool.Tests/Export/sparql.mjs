// Loads an RDF file into an in-memory Oxigraph store and prints the answers of one SPARQL SELECT query as JSON:
// an array of rows, each an object from variable name to the term's value (IRI or literal lexical form).
// Usage: node sparql.mjs <oxigraph module folder> <file> <media type> <query>
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const [moduleFolder, file, mediaType, query] = process.argv.slice(2);
if (!query) {
  console.error('usage: node sparql.mjs <node_modules parent> <file> <media type> <query>');
  process.exit(2);
}
// Oxigraph is installed by the test fixture into its own folder, not next to this script.
const require = createRequire(path.join(path.resolve(moduleFolder), 'package.json'));
const oxigraph = require('oxigraph');

const store = new oxigraph.Store();
store.load(readFileSync(file, 'utf8'), { format: mediaType, base_iri: 'https://example.org/unused/' });
const rows = [];
for (const solution of store.query(query)) {
  const row = {};
  for (const [name, term] of solution.entries()) row[name] = term.value;
  rows.push(row);
}
process.stdout.write(JSON.stringify({ triples: store.size, rows }));
