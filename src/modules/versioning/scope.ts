import { z } from 'zod';

/** Where a script or standard applies: channel letters and business codes; empty means everywhere. */
export const scopeFields = {
  channels: z.array(z.string().regex(/^[A-Z]$/, 'must be a channel letter')).max(26).default([]),
  businessCodes: z.array(z.string().regex(/^\d{4}$/, 'must be a 4-digit business code')).max(500).default([]),
};

export interface Scope {
  channels: string[];
  businessCodes: string[];
}

export const appliesTo = (scope: Scope, channel?: string | null, businessCode?: string | null) =>
  (!channel || scope.channels.length === 0 || scope.channels.includes(channel)) &&
  (!businessCode || scope.businessCodes.length === 0 || scope.businessCodes.includes(businessCode));
