// The part of ECharts every chart of the page uses: the core, the canvas renderer and the
// components (grid, legend, tooltip, mark lines). It is imported only by the chart modules
// (bar.ts, step.ts), which the views load when they first draw a chart, so the page's first
// load carries no ECharts at all.
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { init, use, type ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

// The series the page draws (types only: each chart module registers its own chart).
type SeriesOption = BarSeriesOption | LineSeriesOption;

export type Option<Series extends SeriesOption> = ComposeOption<Series | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TooltipComponentOption>;

// draw draws option into el and returns a function that disposes the chart.
export function draw<Series extends SeriesOption>(el: HTMLElement, option: Option<Series>): () => void {
  const chart = init(el, undefined, { renderer: 'canvas' });
  chart.setOption(option);
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  return () => {
    window.removeEventListener('resize', resize);
    chart.dispose();
  };
}
