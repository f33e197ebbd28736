/**
 * npx tsx bench/taskpane-compare.ts [--cpu] <runs> <dist-dir> <dist-dir> [...]: two or more builds of the
 * task pane timed against each other, their loads interleaved (A, B, A, B, ... starting with a
 * different build each round), each a cold load as bench/taskpane.ts times it (bench/pane-load.ts).
 *
 * Why interleaved: on this shared 2-core machine the same build's median first figures drift by
 * 100 ms and more within minutes (one build measured 414 ms and then 544 ms a few minutes later,
 * issue 19 item 9), so two builds timed one after the other compare the machine's moods, not the
 * builds. Interleaving gives each build the same moods. Copy each build's dist/ aside first (e.g.
 * `cp -r dist /tmp/dist-a` after `npm run build:local`).
 *
 * Reported per build: the medians of the first figures (with the first quartile), of the first
 * effect, of the phases, and of two spans: settings read to figures painted (the first render,
 * layout and paint) and DOMContentLoaded to the pane's chunk evaluated. With --cpu, also the median
 * main-thread CPU time to the first figures' effect (bench/pane-load.ts `cpu`: a trace of each load,
 * which slows every load a little), the steadier measure when the machine's speed drifts.
 */
import { launch, serveDist } from "../test/e2e/support";
import { loadPaneOnce, median, PaneLoad, PHASES } from "./pane-load";

async function main(): Promise<void> {
  const cpu = process.argv.includes("--cpu");
  const args = process.argv.slice(2).filter((a) => a !== "--cpu");
  const runs = Number(args[0]);
  const dirs = args.slice(1);
  if (!(runs > 0) || dirs.length < 2)
    throw new Error(
      "usage: tsx bench/taskpane-compare.ts [--cpu] <runs> <dist-dir> <dist-dir> [...]"
    );
  const servers = await Promise.all(dirs.map((d) => serveDist(d)));
  const browser = await launch();
  const loads: PaneLoad[][] = dirs.map(() => []);
  try {
    for (let i = 0; i < runs; i++)
      for (let j = 0; j < dirs.length; j++) {
        const k = (i + j) % dirs.length;
        loads[k].push(await loadPaneOnce(browser, servers[k].url, { cpu }));
      }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
  const restored = PHASES.indexOf("btu-restored");
  const start = PHASES.indexOf("btu-pane-start");
  console.log(`${runs} cold loads of each build, interleaved (ms from navigation start, medians):`);
  dirs.forEach((dir, k) => {
    const ls = loads[k];
    const painted = ls.map((l) => l.painted);
    const q1 = [...painted].sort((a, b) => a - b)[Math.floor(painted.length / 4)];
    const phases = PHASES.map((p, n) => `${p} ${median(ls.map((l) => l.phases[n])).toFixed(0)}`);
    console.log(
      `  ${dir}: first figures ${median(painted).toFixed(0)} (first quartile ${q1.toFixed(0)}), ` +
        `first effect ${median(ls.map((l) => l.effect)).toFixed(0)}; ${phases.join(", ")}; ` +
        `settings read to figures ${median(ls.map((l) => l.painted - l.phases[restored])).toFixed(0)}, ` +
        `DOMContentLoaded to chunk evaluated ${median(ls.map((l) => l.phases[start] - l.phases[0])).toFixed(0)}` +
        (cpu ? `; main-thread CPU ${median(ls.map((l) => l.cpu ?? NaN)).toFixed(1)}` : "")
    );
  });
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
