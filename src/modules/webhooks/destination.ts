import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

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
