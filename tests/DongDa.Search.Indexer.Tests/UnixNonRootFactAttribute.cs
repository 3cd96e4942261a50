namespace DongDa.Search.Indexer.Tests;

/// <summary>
/// A fact that needs file permissions to hold: skipped (and reported as skipped) on Windows and when running as root,
/// because root reads every file whatever its mode, so an unreadable file cannot be made.
/// </summary>
internal sealed class UnixNonRootFactAttribute : FactAttribute
{
    public UnixNonRootFactAttribute()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            Skip = "file permissions do not apply here (Windows, or running as root: root reads every file)";
        }
    }
}
