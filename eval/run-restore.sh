#!/usr/bin/env bash
# Accent restoration and the other typing aids, on the known-item headlines (eval/README.md, "Typing aids").
# Reads ../shared/data/news-dev.jsonl.gz (skips when absent); uses (or builds) an index of all 42,653 articles with their
# titles EXCEPT the headlines restored (the first 2,000 of the known-item sample and those web addresses spell), so the
# model never saw a headline it reads back. Prints, per measure,
# texts read back exactly and syllable accuracy: headlines without accents, typed in Telex and in VNI with the input
# method off, and texts that must come back untouched (the headlines accented, 1,000 English phrases from the .NET
# reference documentation). Extra arguments go to the runner, e.g.
#   eval/run-restore.sh --errors /tmp/restore-errors.tsv    every text not read back, with what it became
#   eval/run-restore.sh --skip 1000 --topics 300 --mu 200   a tuning slice apart from the reported headlines
set -euo pipefail
cd "$(dirname "$0")/.."
data="${DONGDA_SHARED_DATA:-../shared/data}"
if [ ! -f "$data/news-dev.jsonl.gz" ]; then
  echo "skipped: $data/news-dev.jsonl.gz is not on this machine"
  exit 0
fi
work="${DONGDA_EVAL_WORK:-${TMPDIR:-/tmp}/dongda-known-item}"
dotnet run -c Release --project eval/DongDa.Search.Eval -- restore --data "$data" --work "$work" "$@"
