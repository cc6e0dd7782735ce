import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

/** The SVG as a tree, after checking it is well-formed XML. */
export function parseSvg(svg: string) {
  expect(XMLValidator.validate(svg)).toBe(true);
  const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['g', 'text', 'path', 'rect', 'polygon'].includes(name) }).parse(svg);
  return tree.svg as {
    width: string;
    height: string;
    path: unknown[];
    g: { class: string; title?: string; rect?: { rx: string }[]; polygon?: unknown[]; text: ({ '#text': string | number } | string)[] }[];
  };
}
