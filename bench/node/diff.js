'use strict';

// Runs virastar's default cleanup for the Go differential harness
// (bench/cmd/virastardiff): reads JSON lines {"id": ..., "text": ...} on
// stdin and writes, in the same order, {"id": ..., "virastar": cleanup(text)}.

const readline = require('readline');
const Virastar = require('virastar');

const virastar = new Virastar();
const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });

lines.on('line', (line) => {
  if (line.trim() === '') return;
  const { id, text } = JSON.parse(line);
  process.stdout.write(JSON.stringify({ id, virastar: virastar.cleanup(text) }) + '\n');
});
