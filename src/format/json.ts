import type { ExtractResult } from '../result.js';

export function formatJson(results: ExtractResult[], single: boolean): string {
  return JSON.stringify(single ? results[0] : results, null, 2) + '\n';
}

export function formatJsonLine(result: unknown): string {
  return JSON.stringify(result) + '\n';
}
