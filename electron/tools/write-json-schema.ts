import fs from 'node:fs';
import path from 'node:path';
import { REGISTER_SCHEMA_PATH, registerJsonSchema } from '../services/exchange/json-schema';

fs.mkdirSync(path.dirname(REGISTER_SCHEMA_PATH), { recursive: true });
fs.writeFileSync(REGISTER_SCHEMA_PATH, registerJsonSchema());
console.log(`Wrote ${REGISTER_SCHEMA_PATH}`);
