import { BarChart as Bars, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, type ECharts, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';

// Only what the dashboard draws, from echarts/core: 516 kB minified (173 kB gzipped) against 1.1 MB for the whole of echarts.
use([Bars, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type BarChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

interface BarChartProps {
  /** The chart for the width of its box: a phone has room for shorter labels than an office screen. */
  readonly optionFor: (width: number) => BarChartOption;
  readonly height: number;
  /** What the chart shows, with its figures, for whoever cannot see it; the table beside it stays. */
  readonly description: string;
}

/**
 * An ECharts bar chart drawn as SVG (sharp when zoomed or printed, and drawable where there is no
 * canvas), redrawn when its option changes and resized with its box.
 */
export function BarChart({ optionFor, height, description }: BarChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts>(undefined);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = box.current!;
    const drawn = init(element, undefined, { renderer: 'svg', height });
    chart.current = drawn;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => {
      drawn.resize();
      setWidth(element.clientWidth);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      drawn.dispose();
    };
  }, [height]);
  useEffect(() => {
    // No animation: a resized or redrawn chart shows its figures at once, where they belong.
    chart.current?.setOption({ animation: false, ...optionFor(width) }, { notMerge: true });
  }, [optionFor, width, height]);
  return <div ref={box} role="img" aria-label={description} style={{ width: '100%', height }} />;
}
