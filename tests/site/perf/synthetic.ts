// A synthetic archive for measuring the build: N articles made from the seed articles, each with a
// line of its own (so ids and slugs differ) and, for variety, the date and place words rotated.
// usage: tsx tests/site/perf/synthetic.ts <out-dir> [count=20000] [seed-dir=content]
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const [out = '/tmp/bien-nien-synthetic', countArg = '20000', seedDir = 'content'] = process.argv.slice(2);
const count = Number(countArg);
const seeds = await Promise.all(
  (await readdir(seedDir)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFile(join(seedDir, f), 'utf8')),
);
// District names that occur once in the gazetteer, to spread articles over provinces.
const PLACES = ['Vĩnh Thuận', 'Giồng Riềng', 'Phú Quốc', 'Mộc Hóa', 'Bến Lức', 'Cái Nước', 'Đầm Dơi', 'Hòa Bình', 'Long Mỹ', 'Phụng Hiệp'];
await mkdir(out, { recursive: true });
for (let i = 0; i < count; i++) {
  const seed = seeds[i % seeds.length]!;
  const day = (i % 28) + 1;
  const month = ((i >> 5) % 12) + 1;
  const year = 2019 + ((i >> 9) % 6);
  const text = seed
    .replaceAll('Vĩnh Thuận', PLACES[(i >> 3) % PLACES.length]!)
    .replace(/(Chiều|Sáng)( ngày)? \d{1,2}\/\d{1,2}(\/\d{4})?/, `$1$2 ${day}/${month}/${year}`);
  await writeFile(join(out, `bai-${String(i).padStart(5, '0')}.txt`), `${text}\nBản tổng hợp số ${i}.\n`);
}
process.stderr.write(`${count} articles in ${out}\n`);
