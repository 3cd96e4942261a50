using DongDa.Search.Testing;

namespace DongDa.Search.Tests;

/// <summary>
/// A fact that reads a file of the development data (<c>../shared/data</c>): reported as skipped, with the reason,
/// on a machine that does not have it, never as passed.
/// </summary>
internal sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Skips unless <paramref name="relativePath"/> exists under the development data folder.</summary>
    public SharedDataFactAttribute(string relativePath)
    {
        if (TestPaths.SharedData is not { } data || !File.Exists(Path.Combine(data, relativePath)))
        {
            Skip = $"needs ../shared/data/{relativePath}, which this machine does not have";
        }
    }
}
