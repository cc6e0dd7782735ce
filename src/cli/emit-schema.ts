import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import '../modules/kinds.js';
import { printAppSchema } from '../graphql/schema.js';
import { projectRoot } from '../shared/project-root.js';
import { print } from './command.js';

const file = path.join(projectRoot(), 'schema', 'schema.graphql');
await writeFile(file, await printAppSchema());
print(`wrote ${path.relative(process.cwd(), file)}`);
