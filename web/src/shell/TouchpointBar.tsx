import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useView } from './context';

const MapQuery = graphql(`
  query TouchpointAxes($asOf: DateTime) {
    touchpointMap(asOf: $asOf) {
      channels {
        code
        name
      }
      brands {
        code
        name
      }
      rows {
        business {
          code
          name
        }
        cells {
          channel {
            code
          }
          entries {
            brand {
              code
            }
            touchpoint {
              code
            }
          }
        }
      }
    }
  }
`);

/** Channel, brand and business of the call: narrows search, and names the touchpoint on reads. */
export function TouchpointBar() {
  const { asOf, touchpoint, setTouchpoint } = useView();
  const [{ data }] = useQuery({ query: MapQuery, variables: { asOf } });
  const map = data?.touchpointMap;

  // channel|brand|business → touchpoint code, from the map's cells
  const codes = useMemo(() => {
    const found = new Map<string, string>();
    for (const row of map?.rows ?? [])
      for (const cell of row.cells)
        for (const entry of cell.entries) found.set(`${cell.channel.code}|${entry.brand.code}|${row.business.code}`, entry.touchpoint.code);
    return found;
  }, [map]);

  const choose = (change: Partial<typeof touchpoint>) => {
    const next = { ...touchpoint, ...change };
    const code = codes.get(`${next.channel}|${next.brand}|${next.businessCode}`) ?? null;
    setTouchpoint({ ...next, code });
  };

  return (
    <div className="touchpoint-bar" role="group" aria-label="接触点">
      <select aria-label="渠道" value={touchpoint.channel} onChange={(e) => choose({ channel: e.target.value })}>
        <option value="">全部渠道</option>
        {map?.channels.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
      <select aria-label="品牌" value={touchpoint.brand} onChange={(e) => choose({ brand: e.target.value })}>
        <option value="">全部品牌</option>
        {map?.brands.map((b) => (
          <option key={b.code} value={b.code}>
            {b.name}
          </option>
        ))}
      </select>
      <select aria-label="业务" value={touchpoint.businessCode} onChange={(e) => choose({ businessCode: e.target.value })}>
        <option value="">全部业务</option>
        {map?.rows.map((r) => (
          <option key={r.business.code} value={r.business.code}>
            {r.business.code} {r.business.name}
          </option>
        ))}
      </select>
      {touchpoint.code && <span className="tag">接触点 {touchpoint.code}</span>}
    </div>
  );
}
