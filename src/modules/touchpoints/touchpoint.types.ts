import { DateTime } from '../../graphql/date-time.js';
import { Connection } from '../../graphql/relay.js';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Flow } from '../flows/flow.types.js';

@ObjectType({ description: 'a channel (A 人工座席, B IVR, C 互联网, D 短信, …) or a brand (A 全球通 … E TD)' })
export class MapAxis {
  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;
}

@ObjectType()
export class Business {
  @Field(() => String, { description: '4 digits: category, sub-category, specific business' })
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  category: string;
}

/** A touchpoint as resolvers pass it around: its parts and the instant it is read at. */
export interface TouchpointAt {
  code: string;
  channel: string;
  brand: string;
  businessCode: string;
  asOf: string;
}

@ObjectType({ description: 'a touchpoint (接触点): channel × brand × business, coded e.g. AAA1102' })
export class Touchpoint {
  @Field(() => String)
  code: string;

  @Field(() => String, { description: 'channel letter' })
  channel: string;

  @Field(() => String, { description: 'brand letter' })
  brand: string;

  @Field(() => String)
  businessCode: string;
}

@ObjectType({ description: 'one brand in a cell of the map, with its touchpoint' })
export class TouchpointMapEntry {
  @Field(() => MapAxis)
  brand: MapAxis;

  @Field(() => Touchpoint)
  touchpoint: TouchpointAt;
}

@ObjectType({ description: 'one business × channel cell' })
export class TouchpointMapCell {
  @Field(() => MapAxis)
  channel: MapAxis;

  @Field(() => [TouchpointMapEntry], { description: 'the brands served on this channel, each with its touchpoint and flow' })
  entries: TouchpointMapEntry[];
}

@ObjectType({ description: 'one business: a row of the map' })
export class TouchpointMapRow {
  @Field(() => Business)
  business: Business;

  @Field(() => [TouchpointMapCell])
  cells: TouchpointMapCell[];
}

@ObjectType()
export class TouchpointMapGaps {
  @Field(() => [Touchpoint])
  touchpointsWithoutFlow: TouchpointAt[];

  @Field(() => [Flow], { description: 'flows in force that serve no touchpoint' })
  flowsWithoutTouchpoints: unknown[];
}

@ObjectType({ description: 'the service map at asOf: business rows × channel columns, and its gaps' })
export class TouchpointMap {
  @Field(() => DateTime)
  asOf: string;

  @Field(() => [MapAxis])
  channels: MapAxis[];

  @Field(() => [MapAxis])
  brands: MapAxis[];

  @Field(() => [TouchpointMapRow])
  rows: TouchpointMapRow[];

  @Field(() => TouchpointMapGaps)
  gaps: TouchpointMapGaps;
}

@InputType()
export class RegisterBusinessInput {
  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  category: string;

  @Field(() => [String], { description: 'channel letters it is offered on' })
  channels: string[];

  @Field(() => [String], { description: 'brand letters it is offered to' })
  brands: string[];
}

@InputType()
export class RegisterMapAxisInput {
  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;
}

export const TouchpointConnection = Connection('Touchpoint', Touchpoint);

@InputType({ description: 'narrows touchpoints to a channel, a brand and/or a business; every value must be registered on the map' })
export class TouchpointFilter {
  @Field(() => String, { nullable: true, description: 'a channel letter, e.g. A 人工座席' })
  channel?: string | null;

  @Field(() => String, { nullable: true, description: 'a brand letter, e.g. A 全球通' })
  brand?: string | null;

  @Field(() => String, { nullable: true, description: 'a 4-digit business code, e.g. 1102' })
  businessCode?: string | null;
}
