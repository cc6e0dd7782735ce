import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// only the pieces the reports draw, so the bundle stays small
echarts.use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

type Option = Parameters<echarts.ECharts['setOption']>[0];

/** An ECharts chart that follows its container's width (a tablet turned, a narrower window). */
export function Chart({ option, label, height = 280 }: { option: Option; label: string; height?: number }) {
  const holder = useRef<HTMLDivElement>(null);
  // options are rebuilt on every render; draw again only when what they say changes
  const drawn = JSON.stringify(option);
  useEffect(() => {
    if (!holder.current) return;
    const chart = echarts.init(holder.current, undefined, { renderer: 'svg' });
    chart.setOption(JSON.parse(drawn) as Option);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(holder.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [drawn]);
  return <div className="chart" ref={holder} role="img" aria-label={label} style={{ height }} />;
}

/** The height that gives each bar of a horizontal chart a readable row. */
export const barsHeight = (count: number) => Math.max(120, count * 22 + 40);

/** A horizontal bar chart of one figure per name. */
export function bars(names: string[], values: number[], name: string): Option {
  return {
    tooltip: {},
    grid: { left: 160, right: 20, top: 10, bottom: 20 },
    xAxis: { type: 'value' },
    // every name shown, one row each
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { interval: 0 } },
    series: [{ type: 'bar', name, data: values }],
  };
}

export function pie(items: { name: string; value: number }[]): Option {
  return { tooltip: {}, legend: { bottom: 0 }, series: [{ type: 'pie', radius: '60%', data: items }] };
}
