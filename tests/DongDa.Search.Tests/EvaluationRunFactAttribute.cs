using DongDa.Search.Testing;

namespace DongDa.Search.Tests;

/// <summary>
/// A full evaluation run on the development corpus (minutes): reported as skipped, with the reason, unless
/// DONGDA_EVAL=1 is set and ../shared/data is present.
/// </summary>
internal sealed class EvaluationRunFactAttribute : FactAttribute
{
    public EvaluationRunFactAttribute()
    {
        Skip = Environment.GetEnvironmentVariable("DONGDA_EVAL") != "1"
            ? "a full evaluation run takes minutes: set DONGDA_EVAL=1 to run it (or eval/run-known-item.sh, eval/run-phrases.sh)"
            : Requirements.SharedData("news-dev.jsonl.gz");
    }
}
