#!/usr/bin/env bash
# Known-item evaluation of DongDa.Search against plain Lucene.Net (StandardAnalyzer; ICUTokenizer + ICUFoldingFilter), BM25.
# Reads ../shared/data/news-dev.jsonl.gz (skips when absent), builds three indexes of all articles WITHOUT their titles
# (cached in the work folder), asks 1,000 headlines in six spellings and prints MRR@10 / nDCG@10 / R@10 / R@100 per
# system and spelling, then checks them against eval/known-item.expected.tsv. Extra arguments go to the runner, e.g.
#   eval/run-known-item.sh --latency          also measure query latency p50/p99 (warm, one process)
#   eval/run-known-item.sh --systems dongda   only our system
set -euo pipefail
cd "$(dirname "$0")/.."
data="${DONGDA_SHARED_DATA:-../shared/data}"
if [ ! -f "$data/news-dev.jsonl.gz" ]; then
  echo "skipped: $data/news-dev.jsonl.gz is not on this machine"
  exit 0
fi
work="${DONGDA_EVAL_WORK:-${TMPDIR:-/tmp}/dongda-known-item}"
dotnet run -c Release --project eval/DongDa.Search.Eval -- known-item \
  --data "$data" --work "$work" --expected eval/known-item.expected.tsv --results "$work/results.tsv" "$@"
