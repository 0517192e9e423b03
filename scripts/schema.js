// Writes assets/kap.schema.json from the zod schema (run `npm run schema` after changing it).
'use strict';
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { planJsonSchemaText } = require('../dist/node/plan/jsonSchema.js');

const target = join(__dirname, '..', 'assets', 'kap.schema.json');
writeFileSync(target, planJsonSchemaText());
console.log(`wrote ${target}`);
