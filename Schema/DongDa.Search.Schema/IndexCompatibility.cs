using DongDa.Search.Analyzers;
using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace DongDa.Search.Schema;

/// <summary>
/// What an index records about how it was built (in the commit user data), and the check that refuses an index
/// built by an incompatible version. The indexer and the searcher both call <see cref="EnsureCompatible(IndexCommit, string)"/>.
/// </summary>
public static class IndexCompatibility
{
    /// <summary>Version of the field layout (<see cref="ArticleFields"/> and how <see cref="ArticleDocuments"/> fills them).</summary>
    public const string SchemaVersion = "dongda-schema-6";

    /// <summary>Commit user data key holding <see cref="SchemaVersion"/>.</summary>
    public const string SchemaKey = "dongda.schema";

    /// <summary>Commit user data key holding <see cref="VietnameseAnalyzer.Version"/>.</summary>
    public const string AnalyzerKey = "dongda.analyzer";

    /// <summary>Commit user data key: whether titles were indexed (<c>true</c>/<c>false</c>), for information.</summary>
    public const string TitlesIndexedKey = "dongda.titles-indexed";

    /// <summary>The commit user data this version writes.</summary>
    public static IDictionary<string, string> CommitData(bool titlesIndexed) => new Dictionary<string, string>
    {
        [SchemaKey] = SchemaVersion,
        [AnalyzerKey] = VietnameseAnalyzer.Version,
        [TitlesIndexedKey] = titlesIndexed ? "true" : "false",
    };

    /// <summary>Throws when the commit was written by an incompatible schema or analyzer version.</summary>
    /// <param name="commit">The index commit to check (e.g. <c>reader.IndexCommit</c>).</param>
    /// <param name="location">The index folder, for the message.</param>
    /// <exception cref="IncompatibleIndexException">The index must be rebuilt.</exception>
    public static void EnsureCompatible(IndexCommit commit, string location)
    {
        ArgumentNullException.ThrowIfNull(commit);
        EnsureCompatible(commit.UserData, location);
    }

    /// <summary>Throws when commit user data <paramref name="data"/> names an incompatible schema or analyzer version.</summary>
    /// <exception cref="IncompatibleIndexException">The index must be rebuilt.</exception>
    public static void EnsureCompatible(IDictionary<string, string> data, string location)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.TryGetValue(SchemaKey, out var schema);
        data.TryGetValue(AnalyzerKey, out var analyzer);
        if (schema == SchemaVersion && analyzer == VietnameseAnalyzer.Version)
        {
            return;
        }
        throw new IncompatibleIndexException(
            $"the index in {location} was built with schema {schema ?? "(none)"} and analyzer {analyzer ?? "(none)"}, "
            + $"this version needs schema {SchemaVersion} and analyzer {VietnameseAnalyzer.Version}; "
            + "rebuild it: delete the folder and run `dongda-search index PATH... --index " + location + "` again");
    }

    /// <summary>Checks the latest commit in <paramref name="directory"/>; an empty folder passes (a new index).</summary>
    /// <returns>True when the folder already holds an index.</returns>
    /// <exception cref="IncompatibleIndexException">The index must be rebuilt.</exception>
    public static bool EnsureCompatible(LuceneDirectory directory, string location)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            return false;
        }
        // SegmentInfos.Read falls back to the previous commit when the newest one was cut short by a crash.
        var infos = new SegmentInfos();
        infos.Read(directory);
        EnsureCompatible(infos.UserData, location);
        return true;
    }
}

/// <summary>An index written by an incompatible version of DongDa.Search; the message says to rebuild it.</summary>
public sealed class IncompatibleIndexException : Exception
{
    /// <summary>Creates the exception with a message for the user.</summary>
    public IncompatibleIndexException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    public IncompatibleIndexException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public IncompatibleIndexException() : base("the index was built by an incompatible version; rebuild it")
    {
    }
}
