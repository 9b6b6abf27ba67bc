// node asyncapi-check.mjs FILE: parse an AsyncAPI document with the AsyncAPI Initiative's own
// parser (the schema of the spec plus its rules); print each finding as a JSON line and exit 1
// on any error or warning (severity 0 or 1; 2 and 3 are advice).
import { Parser } from '@asyncapi/parser';
import { readFileSync } from 'node:fs';

const parser = new Parser();
const { document, diagnostics } = await parser.parse(readFileSync(process.argv[2], 'utf8'));
for (const d of diagnostics) {
  console.log(JSON.stringify({ severity: d.severity, code: d.code, message: d.message,
                               path: d.path.join('/') }));
}
const serious = diagnostics.filter((d) => d.severity <= 1);
process.exit(document && serious.length === 0 ? 0 : 1);
