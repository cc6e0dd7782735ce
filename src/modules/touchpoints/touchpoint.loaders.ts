import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Db } from '../../db/database.js';
import { PUBLIC_STATUSES } from '../versioning/windows.js';
import { VersionRow } from '../versioning/version.entity.js';
import { BrandRow, BusinessRow, ChannelRow, FlowTouchpointRow } from './touchpoint.entity.js';

export function touchpointLoaders(db: Db) {
  const holders = new Map<string, DataLoader<string, VersionRow | null>>();

  /** The flow version in force at `asOf` that serves each touchpoint, or null. */
  function flowVersionServing(asOf: string) {
    let loader = holders.get(asOf);
    if (!loader) {
      loader = new DataLoader(async (codes) => {
        const rows: (VersionRow & { touchpointCode: string })[] = await db.dataSource
          .getRepository(VersionRow)
          .createQueryBuilder('v')
          .innerJoin(FlowTouchpointRow, 'ft', 'ft.versionId = v.id')
          .addSelect('ft.touchpointCode', 'touchpointCode')
          .where('ft.touchpointCode IN (:...codes)', { codes })
          .andWhere('v.status IN (:...statuses)', { statuses: PUBLIC_STATUSES })
          .andWhere('v.effectiveFrom <= :asOf AND (v.effectiveTo IS NULL OR v.effectiveTo > :asOf)', { asOf })
          .getRawAndEntities()
          .then(({ raw, entities }) => entities.map((e, i) => Object.assign(e, { touchpointCode: (raw[i] as { touchpointCode: string }).touchpointCode })));
        const map = new Map(rows.map((r) => [r.touchpointCode, r]));
        return codes.map((c) => map.get(c) ?? null);
      });
      holders.set(asOf, loader);
    }
    return loader;
  }

  const names = (entity: typeof ChannelRow | typeof BrandRow | typeof BusinessRow) =>
    new DataLoader<string, { code: string; name: string } | null>(async (codes) => {
      const rows = await db.dataSource.getRepository(entity).findBy({ code: In([...codes]) });
      const map = new Map(rows.map((r) => [r.code, r]));
      return codes.map((c) => map.get(c) ?? null);
    });

  return { flowVersionServing, channelByCode: names(ChannelRow), brandByCode: names(BrandRow), businessByCode: names(BusinessRow) as DataLoader<string, BusinessRow | null> };
}
