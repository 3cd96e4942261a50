#!/usr/bin/env bash
# Related articles on the development corpus: 1,000 articles with a category (chosen by the SHA-256 of their id), the
# top 5 of `ArticleSearcher.Related` beside plain Lucene.Net MoreLikeThis (StandardAnalyzer index of title, summary and
# body, default settings), both over all 42,653 articles. Prints the share of the top 5 in the source's own category
# (target >= 0.90) and the top-5 hits that repeat the source's story (target 0). Indexes are cached in the work folder.
# Related latency (p99) is measured by `bench/DongDa.Search.Bench related`.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${DONGDA_SHARED_DATA:-../shared/data}"
if [ ! -f "$data/news-dev.jsonl.gz" ]; then
  echo "skipped: $data/news-dev.jsonl.gz is not on this machine"
  exit 0
fi
work="${DONGDA_EVAL_WORK:-${TMPDIR:-/tmp}/dongda-related}"
dotnet run -c Release --project eval/DongDa.Search.Eval -- related --data "$data" --work "$work" --results "$work/results.tsv" "$@"
