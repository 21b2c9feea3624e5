// Bar charts (the compare view's budget minima, the batch view's outcomes and failing rules):
// ECharts' bar chart on the shared core, loaded by those views when they first draw one.
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import { use } from 'echarts/core';
import { draw, type Option } from './echarts';

use([BarChart]);

export interface BarSeries {
  name: string;
  values: (number | null)[];
  color?: string;
}

// barChart draws grouped bars of categories × series into el (stacked when stack names a
// stack; horizontal bars when horizontal), with an optional line at a value (the scenario's own
// budget). It returns a function that disposes the chart.
export function barChart(
  el: HTMLElement,
  categories: string[],
  series: BarSeries[],
  line?: { name: string; value: number },
  stack?: string,
  horizontal = false,
): () => void {
  const categoryAxis = { type: 'category' as const, data: categories, inverse: horizontal };
  const valueAxis = { type: 'value' as const, minInterval: stack || horizontal ? 1 : 0 };
  const option: Option<BarSeriesOption> = {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: horizontal ? 200 : 72, right: 16, top: 32, bottom: 28 },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: series.map((s, i) => ({
      type: 'bar',
      name: s.name,
      data: s.values,
      stack,
      itemStyle: s.color ? { color: s.color } : undefined,
      markLine:
        i === 0 && line
          ? { symbol: 'none', data: [{ yAxis: line.value, name: line.name }], label: { position: 'insideEndTop', formatter: line.name + ' {c}' } }
          : undefined,
    })),
  };
  return draw(el, option);
}
