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
        if (Environment.GetEnvironmentVariable("DONGDA_EVAL") != "1")
        {
            Skip = "a full evaluation run takes minutes: set DONGDA_EVAL=1 (with ../shared/data present) to run it";
        }
        else if (TestPaths.SharedData is null)
        {
            Skip = "needs ../shared/data, which this machine does not have";
        }
    }
}
