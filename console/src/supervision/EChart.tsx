/**
 * One ECharts chart (bars or lines over categories) in the page's language — ECharts' own
 * Chinese locale under 中文. It is a picture to screen readers, named by its title; the table
 * beside it carries the figures.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface Series {
  name: string;
  values: (number | null)[];
  colour: string;
  /** Stacked bars share a stack name. */
  stack?: string;
  line?: boolean;
}

export interface ChartProps {
  label: string;
  categories: string[];
  series: Series[];
  /** Values are shares (0–1), shown as percentages on a 0–100 % axis. */
  percent?: boolean;
}

export function EChart({ label, categories, series, percent }: ChartProps) {
  const { locale } = useI18n();
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg', locale: locale === 'en' ? 'EN' : 'ZH' });
    const format = (value: number) => (percent ? `${Math.round(value * 100)}%` : String(value));
    chart.setOption({
      animation: false,
      grid: { left: 48, right: 16, top: 36, bottom: 32 },
      legend: { top: 0, textStyle: { color: '#262626' } },
      tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (typeof value === 'number' ? format(value) : '—') },
      xAxis: { type: 'category', data: categories, axisLabel: { color: '#262626', interval: 0 } },
      yAxis: { type: 'value', minInterval: percent ? undefined : 1, max: percent ? 1 : undefined, axisLabel: { color: '#262626', formatter: format } },
      series: series.map((s) => ({ name: s.name, type: s.line ? 'line' : 'bar', stack: s.stack, data: s.values, itemStyle: { color: s.colour }, barMaxWidth: 40 })),
    });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element.current);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [locale, categories, series, percent]);

  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height: 260 }} />;
}
