// Step charts (the timeline view): ECharts' line chart on the shared core, loaded by the
// timeline when it first draws one.
import { LineChart, type LineSeriesOption } from 'echarts/charts';
import { use } from 'echarts/core';
import { draw, type Option } from './echarts';

use([LineChart]);

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
  const option: Option<LineSeriesOption> = {
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
