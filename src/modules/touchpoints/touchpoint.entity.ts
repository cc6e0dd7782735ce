import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A contact channel of the hotline: A 人工座席, B IVR, C 互联网, D 短信, and more as they come (微信, App). */
@Entity('channels')
export class ChannelRow {
  @PrimaryColumn('varchar', { length: 1 })
  code: string;

  @Column('varchar', { length: 50 })
  name: string;
}

/** A customer brand: A 全球通, B 动感地带, C 神州行, D 本地品牌, E TD. */
@Entity('brands')
export class BrandRow {
  @PrimaryColumn('varchar', { length: 1 })
  code: string;

  @Column('varchar', { length: 50 })
  name: string;
}

/** A business, coded by 4 digits: category, sub-category, then the specific business. */
@Entity('businesses')
export class BusinessRow {
  @PrimaryColumn('varchar', { length: 4 })
  code: string;

  @Column('varchar', { length: 100 })
  name: string;

  @Column('varchar', { length: 50 })
  category: string;
}

/** One cell of the service map: map letter A + channel + brand + business code, e.g. AAA1102. */
@Entity('touchpoints')
export class TouchpointRow {
  @PrimaryColumn('varchar', { length: 7 })
  code: string;

  @Column('varchar', { length: 1 })
  channel: string;

  @Column('varchar', { length: 1 })
  brand: string;

  @Index()
  @Column('varchar', { length: 4 })
  businessCode: string;
}

/** Which touchpoints a flow version claims: kept in step with the version's content, for lookups by touchpoint. */
@Entity('flow_touchpoints')
export class FlowTouchpointRow {
  @PrimaryColumn('varchar', { length: 36 })
  versionId: string;

  @Index()
  @PrimaryColumn('varchar', { length: 7 })
  touchpointCode: string;

  @Column('varchar', { length: 36 })
  documentId: string;
}
