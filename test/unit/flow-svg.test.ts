import { describe, expect, it } from 'vitest';
import { flowSvg, wrap } from '../../src/modules/flows/flow-svg.js';
import { flowGraph, timeLimitText } from '../../src/modules/flows/graph.js';
import { validGraph } from '../support/flows.js';
import { parseSvg } from '../support/svg.js';

const texts = (node: { text: ({ '#text': string | number } | string)[] }) => node.text.map((t) => String(typeof t === 'object' ? t['#text'] : t));

describe('flow chart SVG', () => {
  it('draws every node in the handbook notation and every edge with an arrow', () => {
    const graph = flowGraph.parse(validGraph());
    const svg = parseSvg(flowSvg(graph, '呼叫转移查询 <测试> & 核对'));
    expect(svg.g.map((g) => g.class)).toEqual(['node start', 'node step', 'node decision', 'node step', 'node end']);
    const [start, ask, decision, , end] = svg.g;
    expect(Number(start!.rect![0]!.rx)).toBeGreaterThan(10); // rounded ends
    expect(Number(end!.rect![0]!.rx)).toBeGreaterThan(10);
    expect(Number(ask!.rect![0]!.rx)).toBeLessThanOrEqual(4); // rectangle steps
    expect(decision!.polygon).toHaveLength(1); // diamond decisions
    expect(texts(ask!)).toEqual(['询问需求', '一线客服代表 · 时限 2分钟']);
    expect(ask!.title).toBe('先问清需求再选择鉴权方式');
    // one path per edge plus the arrow head's in <defs>
    expect(svg.path.filter((p) => (p as { 'marker-end'?: string })['marker-end'])).toHaveLength(graph.edges.length);
    expect(Number(svg.width)).toBeGreaterThan(100);
  });

  it('escapes text and shows decision conditions on their edges', () => {
    const out = flowSvg(flowGraph.parse(validGraph()), '名称 <b> & "引号"');
    expect(out).toContain('名称 &#60;b&#62; &#38; &#34;引号&#34;');
    expect(out).toMatch(/>是</);
    expect(out).toMatch(/>否</);
  });

  it('wraps long Chinese labels into even lines and keeps Latin words whole', () => {
    expect(wrap('套餐变更办结或转入后续处理')).toEqual(['套餐变更办结或', '转入后续处理']);
    expect(wrap('客户来电要求查询本机的呼叫转移设置状态并希望取消')).toEqual(['客户来电要求查询本机的呼', '叫转移设置状态并希望取消']);
    expect(wrap('核对AAA1102接触点的流程版本号码是否最新')).toEqual(['核对AAA1102接触点的流', '程版本号码是否最新']);
  });

  it('writes time limits the way people say them', () => {
    expect(['PT30M', 'PT1H', 'PT24H', 'P3D', 'PT1H30M', 'PT2S'].map(timeLimitText)).toEqual(['30分钟', '1小时', '24小时', '3天', '1小时30分钟', '2秒']);
  });
});
