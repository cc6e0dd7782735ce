import { type LookupAddress, type LookupAllOptions, lookup as lookupCallback } from 'node:dns';
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { Agent } from 'undici';

/** The variable that lets webhooks reach private networks (a receiver on the same host or LAN). */
export const ALLOW_PRIVATE_VARIABLE = 'WEBHOOK_ALLOW_PRIVATE_NETWORKS';

/** Why a URL may not receive webhooks (null: it may); checked when an endpoint is registered and again before every attempt. */
export type Refusal = string | null;

/** The URL's own rules: http(s), a host, no credentials (they would travel in every request and the logs). */
export function urlRule(raw: string): Refusal {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute http:// or https:// URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `must use http or https, not ${url.protocol.slice(0, -1)}`;
  if (url.username || url.password) return 'must not carry a user name or password';
  if (!url.hostname) return 'must name a host';
  return null;
}

/**
 * Why an address is no place for a webhook: anything but the public unicast range — loopback,
 * private (10/8, 172.16/12, 192.168/16), link-local (169.254/16, cloud metadata), unique-local,
 * carrier-grade NAT, multicast, unspecified, reserved — as ipaddr.js classifies it. An IPv4 address
 * written as IPv6 (::ffff:127.0.0.1) counts as the IPv4 address it is.
 */
export function addressRule(address: string): Refusal {
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  return range === 'unicast' ? null : `resolves to ${address}, in the ${range} range: webhooks go to public addresses only (set ${ALLOW_PRIVATE_VARIABLE}=true to allow private networks)`;
}

/**
 * Check a URL and every address its host resolves to now. Run at registration and again right
 * before each attempt, so a name that later resolves to an inner address (DNS rebinding) is refused.
 */
export async function destinationRule(raw: string, options: { allowPrivateNetworks: boolean }): Promise<Refusal> {
  const rule = urlRule(raw);
  if (rule) return rule;
  if (options.allowPrivateNetworks) return null;
  const host = new URL(raw).hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: { address: string }[];
  try {
    addresses = ipaddr.isValid(host) ? [{ address: host }] : await lookup(host, { all: true, verbatim: true });
  } catch (error) {
    return `host ${host} does not resolve (${(error as NodeJS.ErrnoException).code ?? 'lookup failed'})`;
  }
  if (addresses.length === 0) return `host ${host} does not resolve`;
  for (const { address } of addresses) {
    const refusal = addressRule(address);
    if (refusal) return refusal;
  }
  return null;
}

type Resolve = (hostname: string, options: LookupAllOptions, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;
type Connected = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A resolver for the socket itself: the addresses a connection is about to use are checked by
 * addressRule, so a name that resolved to a public address when checked and to an inner one a
 * moment later (DNS rebinding) cannot be connected to. `resolve` is the system's by default.
 */
export function guardedLookup(resolve: Resolve = lookupCallback as Resolve) {
  return (hostname: string, options: { all?: boolean; family?: number | string }, connected: Connected): void => {
    resolve(hostname, { ...options, all: true } as LookupAllOptions, (error, addresses) => {
      if (error) return connected(error, []);
      const refusal = addresses.map((a) => addressRule(a.address)).find((r) => r !== null);
      // no code: what the attempt logs is this message (a code would stand in for it)
      if (refusal) return connected(new Error(`host ${hostname} ${refusal}`), []);
      if (addresses.length === 0) return connected(Object.assign(new Error(`host ${hostname} does not resolve`), { code: 'ENOTFOUND' }), []);
      if (options.all) return connected(null, addresses);
      return connected(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

/**
 * What webhook requests go through: on public networks only, the addresses a host name resolves to
 * are checked as each connection is made. A URL naming an IP address is never looked up, so
 * destinationRule, run before every attempt, is what checks those.
 */
export const webhookDispatcher = (options: { allowPrivateNetworks: boolean }) =>
  new Agent(options.allowPrivateNetworks ? {} : { connect: { lookup: guardedLookup() } });
