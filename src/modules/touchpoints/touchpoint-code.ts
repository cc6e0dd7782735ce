/**
 * The touchpoint code scheme (handbook 2.2): 7 characters — the map letter A (the customer-service
 * map), a channel letter, a brand letter, then the 4-digit business code. AAA1102 is
 * 人工座席 · 全球通 · business 1102.
 */
export const MAP_LETTER = 'A';

export interface TouchpointParts {
  channel: string;
  brand: string;
  businessCode: string;
}

/** The parts of a code, or the rule it breaks as a sentence. */
export function parseTouchpointCode(code: string): TouchpointParts | { problem: string } {
  if (code.length !== 7) return { problem: `a touchpoint code has 7 characters (map letter, channel, brand, 4-digit business code); ${code} has ${code.length}` };
  if (code[0] !== MAP_LETTER) return { problem: `a touchpoint code starts with the map letter ${MAP_LETTER}; ${code} starts with ${code[0]}` };
  if (!/^[A-Z]$/.test(code[1]!)) return { problem: `the 2nd character of ${code} must be a channel letter A–Z` };
  if (!/^[A-Z]$/.test(code[2]!)) return { problem: `the 3rd character of ${code} must be a brand letter A–Z` };
  if (!/^\d{4}$/.test(code.slice(3))) return { problem: `the last 4 characters of ${code} must be the digits of a business code` };
  return { channel: code[1]!, brand: code[2]!, businessCode: code.slice(3) };
}

export const touchpointCode = (p: TouchpointParts) => `${MAP_LETTER}${p.channel}${p.brand}${p.businessCode}`;

/** The touchpoint a search filter names exactly (one channel, one brand, one business), if any. */
export function touchpointOfFilter(f: { channels?: string[] | null; brands?: string[] | null; businessCodes?: string[] | null } | null | undefined): string | null {
  if (f?.channels?.length !== 1 || f.brands?.length !== 1 || f.businessCodes?.length !== 1) return null;
  return touchpointCode({ channel: f.channels[0]!, brand: f.brands[0]!, businessCode: f.businessCodes[0]! });
}
