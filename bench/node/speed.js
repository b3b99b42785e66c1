'use strict';

// Times the JavaScript peers of daftar's normalize package on the seed
// corpus (2 MiB, built as bench.SeedCorpus builds it) and prints one JSON
// object with their throughput in MB/s (1 MB = 1e6 bytes of UTF-8 input):
//
//	node speed.js SEED_DIR [RUNS]
//
// Each call runs once to warm up, then RUNS times (default 3); the fastest
// run counts. Peers:
//   virastar                      new Virastar().cleanup(text), default options
//   @persian-tools/persian-tools  normalizeText(text)

const Virastar = require('virastar');
const { normalizeText } = require('@persian-tools/persian-tools');
const { readSeeds, seedCorpus } = require('./corpus');

const corpusSize = 2 << 20;

function main () {
  const [dir, runsArg] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('usage: node speed.js SEED_DIR [RUNS]\n');
    process.exit(2);
  }
  const runs = runsArg ? parseInt(runsArg, 10) : 3;
  if (!(runs >= 1)) {
    process.stderr.write('speed.js: RUNS must be a positive number\n');
    process.exit(2);
  }
  const seeds = readSeeds(dir);
  if (seeds.length === 0) {
    process.stderr.write('speed.js: no *.txt in ' + dir + '\n');
    process.exit(1);
  }
  const text = seedCorpus(seeds, corpusSize);
  const bytes = Buffer.byteLength(text, 'utf8');

  const virastar = new Virastar();
  const result = {
    virastar_cleanup_MBps: best(() => virastar.cleanup(text), bytes, runs),
    persian_tools_normalizeText_MBps: best(() => normalizeText(text), bytes, runs),
    bytes,
    runs,
    node: process.version
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

// best returns the throughput of the fastest of runs calls to fn, after one
// call to warm up.
let sink = '';
function best (fn, bytes, runs) {
  sink = fn();
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    sink = fn();
    const ns = Number(process.hrtime.bigint() - start);
    fastest = Math.min(fastest, ns);
  }
  if (typeof sink !== 'string') throw new TypeError('peer returned ' + typeof sink);
  return Math.round(bytes / fastest * 1e3 * 1000) / 1000; // bytes/ns*1e3 = MB/s
}

main();
