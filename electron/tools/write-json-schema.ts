import fs from 'node:fs';
import path from 'node:path';
import { registerJsonSchema } from '../services/exchange/json-schema';
import { resourcePath } from '../services/resource-paths';

const target = resourcePath('registerSchema');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, registerJsonSchema());
console.log(`Wrote ${target}`);
