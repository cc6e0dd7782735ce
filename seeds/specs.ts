import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectRoot } from '../src/shared/project-root.js';

const seedsDir = () => path.join(projectRoot(), 'seeds');

/** When a version happens: published on a date, scheduled some days after seeding, or left a draft. */
const timing = {
  changeNote: z.string(),
  status: z.enum(['DRAFT', 'PUBLISHED']).default('PUBLISHED'),
  effectiveFrom: z.string().optional(),
  effectiveInDays: z.number().optional(),
};

const chapterVersion = z.object({ ...timing, title: z.string(), sections: z.array(z.object({ heading: z.string(), body: z.string() })) });
const chapterSpec = z.object({ number: z.number().int(), title: z.string(), versions: z.array(chapterVersion).min(1) });
export type ChapterSpec = z.infer<typeof chapterSpec>;

/** A flow, script or standard: its code, and versions of which each later one lists only what it changes. */
const codedVersion = z.looseObject({ ...timing, name: z.string().optional() });
const codedSpec = z.object({ code: z.string(), versions: z.array(codedVersion).min(1) });
export type CodedSpec = z.infer<typeof codedSpec>;
export type CodedVersionSpec = z.infer<typeof codedVersion>;

const axis = z.object({ code: z.string(), name: z.string() });
const serviceMapSpec = z.object({
  channels: z.array(axis),
  brands: z.array(axis),
  businesses: z.array(z.object({ code: z.string(), name: z.string(), category: z.string(), channels: z.array(z.string()), brands: z.array(z.string()).optional() })),
});
export type ServiceMapSpec = z.infer<typeof serviceMapSpec>;

const readYaml = async (file: string) => parse(await readFile(file, 'utf8')) as unknown;
const yamlFiles = async (dir: string) => (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(dir, f));

export async function readHandbookSeeds(): Promise<ChapterSpec[]> {
  return Promise.all((await yamlFiles(path.join(seedsDir(), 'handbook'))).map(async (f) => chapterSpec.parse(await readYaml(f))));
}

export async function readServiceMap(): Promise<ServiceMapSpec> {
  return serviceMapSpec.parse(await readYaml(path.join(seedsDir(), 'service-map.yaml')));
}

export const readFlowSeeds = async (): Promise<CodedSpec[]> =>
  Promise.all((await yamlFiles(path.join(seedsDir(), 'flows'))).map(async (f) => codedSpec.parse(await readYaml(f))));

export const readScriptSeeds = async (): Promise<CodedSpec[]> => z.array(codedSpec).parse(await readYaml(path.join(seedsDir(), 'scripts.yaml')));

export const readStandardSeeds = async (): Promise<CodedSpec[]> => z.array(codedSpec).parse(await readYaml(path.join(seedsDir(), 'standards.yaml')));
