'use strict';

// The benchmark corpus, built exactly as bench.SeedCorpus builds it in Go:
// the seed texts (*.txt of one directory, in name order) joined with "\n",
// repeated with a "\n" after each copy, and cut to at most `size` bytes of
// UTF-8 at the last character boundary.

const fs = require('fs');
const path = require('path');

function readSeeds (dir) {
  return fs.readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

function seedCorpus (seeds, size) {
  const unit = Buffer.from(seeds.map((s) => s.text).join('\n') + '\n', 'utf8');
  // One byte more than wanted, to see whether the cut falls inside a
  // character: it does when the first byte left out is a continuation byte.
  const buf = Buffer.alloc(size + 1);
  for (let n = 0; n < buf.length; n += unit.length) {
    unit.copy(buf, n, 0, Math.min(unit.length, buf.length - n));
  }
  let end = size;
  while (end > 0 && (buf[end] & 0xc0) === 0x80) end--;
  return buf.subarray(0, end).toString('utf8');
}

module.exports = { readSeeds, seedCorpus };
