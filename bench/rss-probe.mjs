// Preloaded with `node --import` when /usr/bin/time is missing: writes this process's peak RSS (kB)
// to $BENCH_RSS_FILE as it exits. It sees only this Node process, not its children (e.g. Pagefind).
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      writeFileSync(file, String(process.resourceUsage().maxRSS));
    } catch {
      // Nothing to report to: the bench then shows the RSS as unknown.
    }
  });
}
