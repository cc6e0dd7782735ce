import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let segmenter: Jieba | undefined;

/**
 * Text cut into words as a reader sees them (jieba's precise mode): Chinese has no spaces between
 * words, so this is how a change is told by word rather than by character. The pieces joined give
 * the text back, punctuation and spaces included.
 */
export function wordsOf(text: string): string[] {
  segmenter ??= Jieba.withDict(dict);
  return segmenter.cut(text, true);
}
