namespace DongDa.Search.Testing;

/// <summary>Where the bundled corpus and the optional development data live, seen from a test run.</summary>
public static class TestPaths
{
    /// <summary>The repository root: the folder holding DongDa.Search.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The bundled sample articles (always present).</summary>
    public static string Corpus => Path.Combine(RepositoryRoot, "corpus");

    /// <summary>The seed article inside <see cref="Corpus"/>.</summary>
    public static string SeedArticle => Path.Combine(Corpus, "articles", "000_9c6d0240b9c85170.txt");

    /// <summary><c>../shared/data</c> beside the repository, or null when this machine does not have it.</summary>
    public static string? SharedData
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("DONGDA_SHARED_DATA");
            var dir = string.IsNullOrEmpty(env) ? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data")) : env;
            return Directory.Exists(dir) ? dir : null;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DongDa.Search.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Tests must run inside the repository: DongDa.Search.sln not found above " + AppContext.BaseDirectory);
    }
}
