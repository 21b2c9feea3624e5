// ECharts, imported per part: the bar chart, the components it uses and the canvas renderer,
// not the whole library.
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ComposeOption } from 'echarts/core';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TooltipComponentOption
>;

export interface BarSeries {
  name: string;
  values: (number | null)[];
}

// barChart draws grouped bars of categories × series into el, with an optional horizontal line
// (the scenario's own budget) labelled lineName. It returns a function that disposes the chart.
export function barChart(
  el: HTMLElement,
  categories: string[],
  series: BarSeries[],
  line?: { name: string; value: number },
): () => void {
  const chart = init(el, undefined, { renderer: 'canvas' });
  const option: Option = {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 72, right: 16, top: 32, bottom: 28 },
    xAxis: { type: 'category', data: categories },
    yAxis: { type: 'value' },
    series: series.map((s, i) => ({
      type: 'bar',
      name: s.name,
      data: s.values,
      markLine:
        i === 0 && line
          ? { symbol: 'none', data: [{ yAxis: line.value, name: line.name }], label: { position: 'insideEndTop', formatter: line.name + ' {c}' } }
          : undefined,
    })),
  };
  chart.setOption(option);
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  return () => {
    window.removeEventListener('resize', resize);
    chart.dispose();
  };
}
