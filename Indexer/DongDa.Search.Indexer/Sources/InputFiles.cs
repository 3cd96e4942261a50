namespace DongDa.Search.Indexer.Sources;

/// <summary>One file to index.</summary>
/// <param name="FullPath">Absolute path.</param>
/// <param name="RelativePath">Path below the indexed root, with '/' separators: the article id for one-article files.</param>
/// <param name="DisplayPath">The path as the user would write it, for messages.</param>
/// <param name="Length">Size in bytes.</param>
internal sealed record InputFile(string FullPath, string RelativePath, string DisplayPath, long Length);

/// <summary>The files below the paths given on the command line, and the paths that could not be listed.</summary>
internal static class InputFiles
{
    /// <summary>
    /// Lists the files of <paramref name="paths"/> (files as given, folders recursively, hidden entries and
    /// <paramref name="excludedFolder"/> skipped), in a stable order.
    /// </summary>
    public static List<InputFile> List(IEnumerable<string> paths, string? excludedFolder, ICollection<IndexIssue> errors, ICollection<string> failedPrefixes)
    {
        var files = new List<InputFile>();
        var excluded = excludedFolder is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(excludedFolder));
        foreach (var given in paths)
        {
            var full = Path.GetFullPath(given);
            if (File.Exists(full))
            {
                var name = Path.GetFileName(full);
                files.Add(new InputFile(full, name, given, new FileInfo(full).Length));
            }
            else if (Directory.Exists(full))
            {
                Walk(new DirectoryInfo(full), "", given, excluded, files, errors, failedPrefixes);
            }
            else
            {
                errors.Add(new IndexIssue(given, null, "no such file or folder"));
                failedPrefixes.Add("");
            }
        }
        return files;
    }

    private static void Walk(DirectoryInfo folder, string relative, string display, string? excluded,
        List<InputFile> files, ICollection<IndexIssue> errors, ICollection<string> failedPrefixes)
    {
        if (excluded is not null && string.Equals(Path.TrimEndingDirectorySeparator(folder.FullName), excluded, StringComparison.Ordinal))
        {
            return;
        }
        FileSystemInfo[] entries;
        try
        {
            entries = folder.GetFileSystemInfos();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            errors.Add(new IndexIssue(display, null, "cannot list the folder: " + Reason(e)));
            failedPrefixes.Add(relative);
            return;
        }
        foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }
            var childRelative = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
            var childDisplay = Path.Combine(display, entry.Name);
            switch (entry)
            {
                case DirectoryInfo directory when (directory.Attributes & FileAttributes.ReparsePoint) == 0:
                    Walk(directory, childRelative, childDisplay, excluded, files, errors, failedPrefixes);
                    break;
                case FileInfo file:
                    files.Add(new InputFile(file.FullName, childRelative, childDisplay, file.Length));
                    break;
            }
        }
    }

    /// <summary>A short reason for a file-system exception, without the path the message usually repeats.</summary>
    public static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "no such file or folder",
        _ => e.Message,
    };
}
