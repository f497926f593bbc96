/**
 * Where time goes: a CPU profile (V8's sampling profiler, through the inspector) of a workload,
 * summed by function and by source file, self time only.
 * The raw profile is written for Chrome DevTools (Performance panel → Load profile).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { printTable } from '../shared/stats';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function where(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  if (!path) return '(V8)';
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules >= 0)
    return path
      .slice(inModules + 'node_modules/'.length)
      .split('/')
      .slice(0, 2)
      .join('/');
  return relative(process.cwd(), path) || path;
}

/** Profiles `work` (run once unprofiled first, to warm up) and writes the profile to the temp folder. */
export async function profile(name: string, work: () => void): Promise<{ profile: Profile; file: string }> {
  work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  work();
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();
  const file = join(tmpdir(), `newsgist-${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  return { profile, file };
}

export function reportProfile(title: string, profile: Profile, file: string, top: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** Arrow functions lose their names in the transpiled code: name them after their caller. */
  const nameOf = (id: number): string => {
    const name = byId.get(id)?.callFrame.functionName;
    if (name) return name;
    const up = parent.get(id);
    return up === undefined ? '(anonymous)' : `(arrow in ${nameOf(up)})`;
  };
  const selfMs = new Map<number, number>();
  // The first delta runs from the profiler's start time, not from a previous sample: skip it.
  profile.samples.forEach((id, i) => {
    if (i > 0) selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, t] of selfMs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const file = where(frame.url);
    const fn = `${nameOf(id)}  ${file}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + t);
    byFile.set(file, (byFile.get(file) ?? 0) + t);
  }
  const rows = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, t]) => [name, t.toFixed(0), `${((100 * t) / total).toFixed(1)}%`]);
  printTable(
    `CPU profile of ${title}: top ${top} functions by self time (of ${total.toFixed(0)} ms sampled)`,
    ['function  file', 'self ms', 'share'],
    rows(byFunction, top),
  );
  printTable('Self time by source file or package', ['file', 'self ms', 'share'], rows(byFile, 12));
  process.stdout.write(`Profile written to ${file} (open it in Chrome DevTools → Performance).\n`);
}
