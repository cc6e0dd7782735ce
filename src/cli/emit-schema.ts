import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { printAppSchema } from '../graphql/schema.js';
import { projectRoot } from '../shared/project-root.js';

const file = path.join(projectRoot(), 'schema', 'schema.graphql');
await writeFile(file, await printAppSchema());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
