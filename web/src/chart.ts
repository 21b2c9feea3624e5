// ECharts, imported per part: the bar and line charts, the components they use and the canvas
// renderer, not the whole library.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TooltipComponentOption
>;

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
  const option: Option = {
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

export interface StepSeries {
  name: string;
  // [date, value] points; a null value breaks the line (no value in force).
  points: [string, number | null][];
}

// stepChart draws values over time as steps, one line per series, with vertical marks at dates
// (the documents' dates). It returns a function that disposes the chart.
export function stepChart(el: HTMLElement, series: StepSeries[], marks: { name: string; date: string }[]): () => void {
  // The axis spans the marks too (a document issued before its value took effect), with a margin.
  const times = [...series.flatMap((s) => s.points.map((p) => p[0])), ...marks.map((m) => m.date)].map((d) => Date.parse(d));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const margin = Math.max((last - first) * 0.03, 15 * 86400e3);
  const option: Option = {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 72, right: 24, top: 32, bottom: 28 },
    xAxis: { type: 'time', min: first - margin, max: last + margin },
    yAxis: { type: 'value', scale: true },
    series: series.map((s, i) => ({
      type: 'line',
      name: s.name,
      step: 'end',
      connectNulls: false,
      showSymbol: true,
      data: s.points,
      markLine:
        i === 0 && marks.length
          ? {
              symbol: 'none',
              lineStyle: { type: 'dotted', color: '#888' },
              label: { formatter: '{b}', position: 'insideEndTop', fontSize: 10 },
              data: marks.map((m) => ({ xAxis: m.date, name: m.name })),
            }
          : undefined,
    })),
  };
  return draw(el, option);
}

function draw(el: HTMLElement, option: Option): () => void {
  const chart = init(el, undefined, { renderer: 'canvas' });
  chart.setOption(option);
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  return () => {
    window.removeEventListener('resize', resize);
    chart.dispose();
  };
}
