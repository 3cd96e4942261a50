using System.Globalization;
using System.Reflection;
using System.Text;
using DongDa.Search.Analyzers;

namespace DongDa.Search.Places;

/// <summary>
/// Vietnamese administrative units before and after the 2025 reforms (1/1/2025 ward merges in Đống Đa, 1/7/2025 end
/// of districts and merged wards): Hà Nội in full, and the units of other provinces that share a Hà Nội name, so a name
/// can be said to be ambiguous. Tables derived from the MIT-licensed sources listed in NOTICE. Read-only and thread-safe.
/// </summary>
public sealed class PlaceDirectory
{
    /// <summary>The province the portal serves, preferred when a name is ambiguous.</summary>
    public const string Hanoi = "Thành phố Hà Nội";

    /// <summary>The day the 2025 ward merges took effect in Đống Đa.</summary>
    public static readonly DateOnly Merges2025 = new(2025, 1, 1);

    /// <summary>The day districts ended and the merged wards began.</summary>
    public static readonly DateOnly Reform2025 = new(2025, 7, 1);

    private static readonly Lazy<PlaceDirectory> LazyDefault = new(Load);

    private readonly Dictionary<string, List<PlaceUnit>> _byFoldedName;

    private PlaceDirectory(List<PlaceUnit> units)
    {
        _byFoldedName = units.GroupBy(u => Key(u.Name)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        LongestName = units.Max(u => Key(u.Name).Split(' ').Length);
    }

    /// <summary>The tables embedded in this library.</summary>
    public static PlaceDirectory Default => LazyDefault.Value;

    /// <summary>Words in the longest name (how far a mention in a query can reach).</summary>
    internal int LongestName { get; }

    /// <summary>
    /// What <paramref name="text"/> names: an optional kind (<c>phường</c>, <c>P.</c>, <c>quận</c>, <c>Q.</c>, <c>xã</c>,
    /// <c>huyện</c>, <c>thị trấn</c>, <c>thị xã</c>, with or without accents) and a name, with or without accents.
    /// Hà Nội's units come first; the notes say what each was and became and where else the name is used.
    /// </summary>
    public PlaceLookup Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = PlaceWords.Split(text);
        var kindLength = PlaceWords.KindAt(words, 0, out var kind);
        var name = words.Skip(kindLength).ToList();
        var units = Units(kind, name.Select(w => w.Text).ToList());
        return new PlaceLookup(text, [.. units.Select(ToPlace)], Notes(units));
    }

    /// <summary>
    /// The Hà Nội place that <paramref name="text"/>, typed without any accent, names (an optional kind and a name, the
    /// name of three words or more unless the kind is typed), written as the directory writes it: <c>o cho dua</c> →
    /// <c>Ô Chợ Dừa</c>, <c>phuong lang</c> → <c>phường Láng</c>; null for any other text, or when the name is written
    /// two ways in Hà Nội. The portal serves Đống Đa: a bare query that is a place's whole name means the place, though
    /// its pairs are more often something else (ở chỗ, chỗ dựa). A name of two syllables is one pair, whose reading the
    /// archive's own counts decide (kim lien → Kim Liên, van dien → vẫn diễn).
    /// </summary>
    internal string? ReadingOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A name has at most LongestName words and a kind two: a longer text (a headline restored) names no place, and
        // is not split and folded for nothing (that doubled the restorer's p99).
        if (CountWords(text) > LongestName + 2 || VietnameseText.HasDiacritics(text))
        {
            return null;
        }
        var words = PlaceWords.Split(text);
        var kindLength = PlaceWords.KindAt(words, 0, out var kind);
        var name = words.Skip(kindLength).Select(w => w.Text).ToList();
        if (name.Count < (kind is null ? 3 : 1))
        {
            return null;
        }
        var names = Units(kind, name).Where(u => u.InHanoi).Select(u => u.Name).Distinct(StringComparer.Ordinal).ToList();
        return names.Count != 1 ? null : kind is null ? names[0] : kind + " " + names[0];
    }

    /// <summary>The units named <paramref name="nameWords"/> (of <paramref name="kind"/> when given): Hà Nội's first, the accents typed preferred there.</summary>
    internal List<PlaceUnit> Units(string? kind, IReadOnlyList<string> nameWords)
    {
        if (nameWords.Count == 0 || !_byFoldedName.TryGetValue(Key(string.Join(' ', nameWords)), out var all))
        {
            return [];
        }
        var candidates = all.Where(u => kind is null || u.Kind == kind).ToList();
        var typed = string.Join(' ', nameWords);
        var hanoi = candidates.Where(u => u.InHanoi).ToList();
        if (VietnameseText.HasDiacritics(typed) && hanoi.Any(u => SameSpelling(u.Name, typed)))
        {
            hanoi = hanoi.Where(u => SameSpelling(u.Name, typed)).ToList();
        }
        return [.. hanoi, .. candidates.Where(u => !u.InHanoi)];
    }

    /// <summary>The notes for a lookup: each Hà Nội unit's history, then the other provinces sharing the name.</summary>
    internal static List<string> Notes(IReadOnlyList<PlaceUnit> units)
    {
        var notes = units.Where(u => u.InHanoi).Select(PlaceNotes.History).ToList();
        var elsewhere = units.Where(u => !u.InHanoi).ToList();
        if (elsewhere.Count > 0)
        {
            var first = elsewhere[0];
            var provinces = string.Join(", ", elsewhere.Select(u => PlaceNotes.ProvinceName(u.Province)).Distinct(StringComparer.Ordinal));
            notes.Add(notes.Count > 0
                ? $"Cũng có {first.Kind} {first.Name} ở {provinces}; ở đây hiểu là {first.Kind} của Hà Nội."
                : $"{PlaceNotes.Capitalized(first.Kind)} {first.Name} không thuộc Hà Nội: có ở {provinces}.");
        }
        return notes;
    }

    private static Place ToPlace(PlaceUnit unit) => new()
    {
        Kind = unit.Kind,
        Name = unit.Name,
        FullName = unit.FullName,
        Province = unit.Province,
        District = unit.District,
        From = PlaceNotes.From(unit),
        Until = PlaceNotes.Until(unit),
        Predecessors = [.. unit.Predecessors.Select(Link)],
        Successors = [.. PlaceNotes.SuccessorsOf(unit).Select(Link)],
        Note = PlaceNotes.History(unit),
    };

    private static PlaceLink Link(PlaceEdge edge) => new(edge.Other.FullName, edge.Partial, edge.Date, edge.Unverified);

    /// <summary>Runs of characters between white space in <paramref name="text"/>.</summary>
    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            count += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return count;
    }

    /// <summary>A name folded for lookup: lower case, no accents, words of letters and digits separated by one space.</summary>
    internal static string Key(string name) => string.Join(' ', PlaceWords.Split(name).Select(w => w.Folded));

    private static bool SameSpelling(string a, string b)
        => string.Equals(
            string.Join(' ', PlaceWords.Split(a).Select(w => w.Text.ToLowerInvariant())),
            string.Join(' ', PlaceWords.Split(b).Select(w => w.Text.ToLowerInvariant())),
            StringComparison.Ordinal);

    private static PlaceDirectory Load()
    {
        var units = new Dictionary<string, PlaceUnit>(StringComparer.Ordinal);
        var byCode = new Dictionary<string, PlaceUnit>[] { new(StringComparer.Ordinal), new(StringComparer.Ordinal) };
        string[] snapshots = ["units-2024-11.tsv", "units-2025-06.tsv"];
        for (var s = 0; s < snapshots.Length; s++)
        {
            foreach (var row in Rows(snapshots[s]))
            {
                // level code name full_name kind name_unaccented parent_code parent_name province_name
                var level = row[0];
                if (level == "province")
                {
                    continue;
                }
                var district = level == "ward" ? row[7] : null;
                var key = $"{row[8]}|{district}|{row[3]}";
                if (!units.TryGetValue(key, out var unit))
                {
                    unit = new PlaceUnit(level, row[4], row[2], row[3], row[8], district);
                    units.Add(key, unit);
                }
                if (s == 0)
                {
                    unit.Before2025 = true;
                }
                else
                {
                    unit.Eve2025 = true;
                }
                byCode[s][row[1]] = unit;
            }
        }
        foreach (var unit in units.Values.Where(u => u.Level == "ward" && u.District is not null).ToList())
        {
            if (units.TryGetValue($"{unit.Province}||{unit.District}", out var district) && !district.Wards.Contains(unit))
            {
                district.Wards.Add(unit);
            }
        }
        foreach (var row in Rows("merges-2025-01-dongda.tsv"))
        {
            // old_ward_code old_ward new_ward_code new_ward district source
            if (byCode[0].TryGetValue(row[0], out var old) && byCode[1].TryGetValue(row[2], out var merged) && !ReferenceEquals(old, merged))
            {
                var unverified = row[5].Contains("unverified", StringComparison.Ordinal);
                old.Successors.Add(new PlaceEdge(merged, false, Merges2025, unverified));
                merged.Predecessors.Add(new PlaceEdge(old, false, Merges2025, unverified));
            }
        }
        foreach (var row in Rows("reform-2025-07.tsv"))
        {
            // old_province_code old_province old_ward_code old_ward new_province_code new_province new_ward_code new_ward share
            var province = row[5].StartsWith("Tỉnh ", StringComparison.Ordinal) || row[5].StartsWith("Thành phố ", StringComparison.Ordinal) ? row[5] : "Tỉnh " + row[5];
            // A few rows of the source write the kind in lower case.
            var fullName = PlaceNotes.Capitalized(row[7]);
            var key = $"{province}|2025-07|{fullName}";
            if (!units.TryGetValue(key, out var reformed))
            {
                var kind = NewUnitKind(fullName);
                reformed = new PlaceUnit("ward", kind.ToLowerInvariant(), fullName[(kind.Length + 1)..].Trim(), fullName, province, null) { Since2025Reform = true };
                units.Add(key, reformed);
            }
            if (byCode[1].TryGetValue(row[2], out var old) && old.Province == row[1])
            {
                var partial = row[8] == "partial";
                old.Successors.Add(new PlaceEdge(reformed, partial, Reform2025, false));
                reformed.Predecessors.Add(new PlaceEdge(old, partial, Reform2025, false));
            }
        }
        return new PlaceDirectory([.. units.Values]);
    }

    private static readonly string[] NewUnitKinds = ["Phường", "Xã", "Đặc khu"];

    private static string NewUnitKind(string fullName)
        => NewUnitKinds.FirstOrDefault(k => fullName.StartsWith(k + " ", StringComparison.Ordinal))
            ?? throw new InvalidDataException($"reform-2025-07.tsv: unknown kind of unit in '{fullName}'");

    private static List<string[]> Rows(string file)
    {
        var name = "DongDa.Search.Data.places." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        reader.ReadLine();
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                // NFC and no stray spaces: a few source rows have decomposed marks or a trailing space.
                rows.Add([.. line.Split('\t').Select(f => f.Trim().Normalize(NormalizationForm.FormC))]);
            }
        }
        return rows;
    }

    /// <summary>For messages: "ngày d/M/yyyy".</summary>
    internal static string Day(DateOnly date) => date.ToString("d/M/yyyy", CultureInfo.InvariantCulture);
}
