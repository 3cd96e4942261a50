#!/usr/bin/env bash
# Loanwords written closed, open or hyphenated (tivi, ti vi, ti-vi): 23 words the dev articles write both closed and
# apart, each typed the three ways, against the articles writing it any way; DongDa.Search beside plain Lucene.Net
# (the phrase experiment's indexes, cached in the work folder). Prints P@10 / nDCG@10 / recall@1000 per system and
# form, then checks them against eval/loanwords.expected.tsv. Extra arguments go to the runner, e.g.
#   eval/run-loanwords.sh --systems dongda             only our system
set -euo pipefail
cd "$(dirname "$0")/.."
data="${DONGDA_SHARED_DATA:-../shared/data}"
if [ ! -f "$data/news-dev.jsonl.gz" ]; then
  echo "skipped: $data/news-dev.jsonl.gz is not on this machine"
  exit 0
fi
work="${DONGDA_EVAL_WORK:-${TMPDIR:-/tmp}/dongda-known-item}"
dotnet run -c Release --project eval/DongDa.Search.Eval -- loanwords \
  --data "$data" --work "$work" --expected eval/loanwords.expected.tsv --results "$work/loanwords-results.tsv" "$@"
