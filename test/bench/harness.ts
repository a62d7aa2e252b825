// Shared by every benchmark: machine facts, load average, percentiles, peak
// RSS, ratios to a floor, and writing results as JSON to
// test/bench/results/<name>.json (with the load average when the benchmark
// started and when it wrote, so a figure from a busy machine shows it).
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';

export interface MachineInfo {
  date: string;
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  totalMemoryGiB: number;
}

export function machineInfo(): MachineInfo {
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    totalMemoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
  };
}

/** The 1, 5 and 15 minute load averages, rounded to 2 decimals. */
export function loadAverage(): [number, number, number] {
  const [one = 0, five = 0, fifteen = 0] = os.loadavg().map((x) => Math.round(x * 100) / 100);
  return [one, five, fifteen];
}

/** The load average when this module was first imported, i.e. when the benchmark process started. */
const loadAtStart = loadAverage();

export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Percentiles of samples (milliseconds), nearest-rank. */
export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    count: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    max: round(sorted.at(-1) ?? 0),
    mean: round(sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length)),
  };
}

/** Samples process RSS every few milliseconds; `stop()` returns the peak in MiB. */
export function trackPeakRss(intervalMs = 20): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage.rss());
      return Math.round((peak / 2 ** 20) * 10) / 10;
    },
  };
}

/** How many times slower than its floor a figure is, at p50 and p95 (2 decimals). */
export function ratio(measured: Percentiles, floor: Percentiles): { p50: number; p95: number } {
  const of = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : 0);
  return { p50: of(measured.p50, floor.p50), p95: of(measured.p95, floor.p95) };
}

export async function timeMs<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: Math.round((performance.now() - start) * 1000) / 1000, value };
}

const resultsDir = new URL('./results/', import.meta.url);

export function writeResult(name: string, result: Record<string, unknown>): void {
  mkdirSync(resultsDir, { recursive: true });
  const body = {
    benchmark: name,
    machine: machineInfo(),
    loadAverage: { before: loadAtStart, after: loadAverage() },
    ...result,
  };
  writeFileSync(new URL(`${name}.json`, resultsDir), `${JSON.stringify(body, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
}
