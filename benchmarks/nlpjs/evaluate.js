#!/usr/bin/env node
// Peer benchmark: nlp.js (node-nlp NlpManager with its default settings) on a CLINC150-format file.
//
//   node evaluate.js FILE TRAIN_SPLITS EVAL_SPLITS [OOS_LABEL]
//
// Trains on the comma-separated TRAIN_SPLITS, classifies every utterance of EVAL_SPLITS once to warm up and
// once timed, and prints progress on stderr and one JSON object on stdout (its last line): the prediction
// for each eval utterance in file order, the metrics, the training time and the classifications per second.
// Intent "None" (below nlp.js's own threshold) and OOS_LABEL (default "oos") both mean out of scope.
'use strict';

const fs = require('fs');
const { NlpManager } = require('node-nlp');

const OUT_OF_SCOPE = 'out_of_scope';

// nlp.js logs every training epoch with console.log; stdout is kept for the one JSON line.
console.log = (...args) => {
  const line = args.join(' ');
  if (process.env.NLPJS_VERBOSE || !/^Epoch \d+/.test(line)) process.stderr.write(`${line}\n`);
};

function usage(message) {
  process.stderr.write(`${message}\nusage: node evaluate.js FILE TRAIN_SPLITS EVAL_SPLITS [OOS_LABEL]\n`);
  process.exit(2);
}

function readSplits(data, names) {
  const examples = [];
  for (const name of names.split(',').map((s) => s.trim()).filter((s) => s)) {
    if (!Array.isArray(data[name])) {
      usage(`no split "${name}" in the file (it has: ${Object.keys(data).join(', ')})`);
    }
    for (const [text, label] of data[name]) {
      examples.push({ text, label });
    }
  }
  return examples;
}

function metrics(truths, predictions) {
  const perIntent = new Map();
  const predicted = new Map();
  const truePositives = new Map();
  let oosTotal = 0;
  let oosCaught = 0;
  let oosDecisions = 0;
  truths.forEach((truth, i) => {
    const guess = predictions[i];
    const correct = truth === guess;
    if (guess === OUT_OF_SCOPE) oosDecisions += 1;
    if (truth === OUT_OF_SCOPE) {
      oosTotal += 1;
      if (correct) oosCaught += 1;
    } else {
      const counts = perIntent.get(truth) || [0, 0];
      counts[0] += correct ? 1 : 0;
      counts[1] += 1;
      perIntent.set(truth, counts);
    }
    predicted.set(guess, (predicted.get(guess) || 0) + 1);
    if (correct) truePositives.set(truth, (truePositives.get(truth) || 0) + 1);
  });
  let inScopeCorrect = 0;
  let inScopeTotal = 0;
  let f1Sum = 0;
  for (const [intent, [right, total]] of perIntent) {
    inScopeCorrect += right;
    inScopeTotal += total;
    const tp = truePositives.get(intent) || 0;
    const precision = tp / (predicted.get(intent) || 0);
    const recall = tp / total;
    f1Sum += precision + recall > 0 && !Number.isNaN(precision) ? (2 * precision * recall) / (precision + recall) : 0;
  }
  const ratio = (part, whole) => (whole === 0 ? null : part / whole);
  return {
    examples: truths.length,
    inScopeAccuracy: ratio(inScopeCorrect, inScopeTotal),
    oosRecall: ratio(oosCaught, oosTotal),
    oosPrecision: ratio(oosCaught, oosDecisions),
    macroF1: perIntent.size === 0 ? null : f1Sum / perIntent.size,
  };
}

async function main() {
  const [file, trainSplits, evalSplits, oosLabel = 'oos'] = process.argv.slice(2);
  if (!file || !trainSplits || !evalSplits) usage('missing arguments');
  let data;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    usage(`cannot read ${file}: ${e.message}`);
  }
  const training = readSplits(data, trainSplits);
  const evaluation = readSplits(data, evalSplits);

  // Default settings, as the benchmark asks; autoSave off only so that no model.nlp lands in the working directory.
  const manager = new NlpManager({ languages: ['en'], autoSave: false });
  for (const { text, label } of training) {
    manager.addDocument('en', text, label);
  }
  process.stderr.write(`nlp.js: training on ${training.length} examples (${trainSplits})\n`);
  const trainStarted = process.hrtime.bigint();
  await manager.train();
  const trainSeconds = Number(process.hrtime.bigint() - trainStarted) / 1e9;
  process.stderr.write(`nlp.js: trained in ${trainSeconds.toFixed(1)} s; classifying ${evaluation.length} (${evalSplits})\n`);

  const toLabel = (intent) => (intent === 'None' || intent === oosLabel ? OUT_OF_SCOPE : intent);
  for (const { text } of evaluation) {
    await manager.process('en', text); // warm-up pass, untimed
  }
  const predictions = [];
  const classifyStarted = process.hrtime.bigint();
  for (const { text } of evaluation) {
    const result = await manager.process('en', text);
    predictions.push(toLabel(result.intent));
  }
  const classifySeconds = Number(process.hrtime.bigint() - classifyStarted) / 1e9;

  const truths = evaluation.map(({ label }) => (label === oosLabel ? OUT_OF_SCOPE : label));
  const summary = {
    engine: 'nlp.js',
    version: require('node-nlp/package.json').version,
    node: process.version,
    trainExamples: training.length,
    ...metrics(truths, predictions),
    trainSeconds,
    classifySeconds,
    classificationsPerSecond: evaluation.length / classifySeconds,
    predictions,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main().catch((e) => {
  process.stderr.write(`nlp.js evaluation failed: ${e.stack || e}\n`);
  process.exit(1);
});
