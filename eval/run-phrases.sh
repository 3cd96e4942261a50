#!/usr/bin/env bash
# Phrase-recovery evaluation (short queries) of DongDa.Search against plain Lucene.Net (StandardAnalyzer;
# ICUTokenizer + ICUFoldingFilter), BM25. Reads ../shared/data/news-dev.jsonl.gz and eval/phrases-dev/ (skips when
# absent), indexes all articles WITH their titles (cached in the work folder), asks the 300 topics in six spellings
# and prints P@10 / nDCG@10 / MRR@10 / R@100 per system and spelling, then checks them against
# eval/phrases.expected.tsv. Extra arguments go to the runner, e.g.
#   eval/run-phrases.sh --systems dongda               only our system
#   eval/run-phrases.sh --per-query /tmp/p10.tsv       P@10 of every topic, to read the misses
set -euo pipefail
cd "$(dirname "$0")/.."
data="${DONGDA_SHARED_DATA:-../shared/data}"
if [ ! -f "$data/news-dev.jsonl.gz" ] || [ ! -f "$data/eval/phrases-dev/qrels.txt" ]; then
  echo "skipped: $data/news-dev.jsonl.gz or $data/eval/phrases-dev/ is not on this machine"
  exit 0
fi
work="${DONGDA_EVAL_WORK:-${TMPDIR:-/tmp}/dongda-known-item}"
dotnet run -c Release --project eval/DongDa.Search.Eval -- phrases \
  --data "$data" --work "$work" --expected eval/phrases.expected.tsv --results "$work/phrases-results.tsv" "$@"
