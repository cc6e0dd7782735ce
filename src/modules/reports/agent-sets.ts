/**
 * Sets of agents as bit sets over their numbers in `usage_agents` (1, 2, 3 …): a day's agents of a
 * document at a touchpoint is one short string, and the distinct agents of a period is the union
 * of its days' sets — a few thousand small ORs instead of deduplicating a row per agent and day.
 * Stored as base64 text, which both databases keep alike.
 */
export class AgentSet {
  private bits: Uint8Array;

  constructor(bytes = new Uint8Array(0)) {
    this.bits = bytes;
  }

  static decode(text: string): AgentSet {
    return new AgentSet(new Uint8Array(Buffer.from(text, 'base64')));
  }

  encode(): string {
    return Buffer.from(this.bits).toString('base64');
  }

  add(no: number): void {
    const byte = no >> 3;
    if (byte >= this.bits.length) {
      const grown = new Uint8Array(Math.max(byte + 1, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    this.bits[byte]! |= 1 << (no & 7);
  }

  union(other: AgentSet): void {
    if (other.bits.length > this.bits.length) {
      const grown = new Uint8Array(other.bits.length);
      grown.set(this.bits);
      this.bits = grown;
    }
    for (let i = 0; i < other.bits.length; i++) this.bits[i]! |= other.bits[i]!;
  }

  get size(): number {
    let n = 0;
    for (let b of this.bits) {
      while (b) {
        b &= b - 1;
        n++;
      }
    }
    return n;
  }
}
