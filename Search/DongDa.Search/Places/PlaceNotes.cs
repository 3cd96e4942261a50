namespace DongDa.Search.Places;

/// <summary>The Vietnamese wording of what a unit was and became.</summary>
internal static class PlaceNotes
{
    /// <summary>First day under the name, when the tables know it.</summary>
    public static DateOnly? From(PlaceUnit unit)
        => unit.Since2025Reform ? PlaceDirectory.Reform2025
            : unit.Eve2025 && !unit.Before2025 ? PlaceDirectory.Merges2025
            : null;

    /// <summary>Last day under the name; null when still in force.</summary>
    public static DateOnly? Until(PlaceUnit unit)
        => unit.Since2025Reform ? null
            : unit.Eve2025 ? PlaceDirectory.Reform2025.AddDays(-1)
            : PlaceDirectory.Merges2025.AddDays(-1);

    /// <summary>
    /// Where a unit went: its own successors, or for a district those of its wards (a new ward most of whose
    /// predecessors lay outside the district counts as receiving only part of it).
    /// </summary>
    public static List<PlaceEdge> SuccessorsOf(PlaceUnit unit)
    {
        if (unit.Level != "district")
        {
            return unit.Successors;
        }
        var edges = new List<PlaceEdge>();
        foreach (var edge in unit.Wards.SelectMany(w => w.Successors).Where(e => e.Date == PlaceDirectory.Reform2025))
        {
            if (edges.Any(e => ReferenceEquals(e.Other, edge.Other)))
            {
                continue;
            }
            var sources = edge.Other.Predecessors;
            var inside = sources.Count(p => p.Other.District == unit.FullName && p.Other.Province == unit.Province);
            edges.Add(edge with { Partial = inside * 2 < sources.Count });
        }
        return edges;
    }

    /// <summary>
    /// One sentence: the name, its period, what it was formed from and where it went, e.g.
    /// <c>Phường Láng (từ 1/7/2025) gồm phường Láng Thượng và một phần các phường Láng Hạ, Ngọc Khánh.</c>
    /// </summary>
    public static string History(PlaceUnit unit)
    {
        var parts = new List<string>();
        var formed = unit.Predecessors.Where(p => p.Date == (unit.Since2025Reform ? PlaceDirectory.Reform2025 : PlaceDirectory.Merges2025)).ToList();
        if (formed.Count > 0)
        {
            parts.Add(unit.Before2025 ? $"từ {PlaceDirectory.Day(PlaceDirectory.Merges2025)} nhận thêm {List(formed)}" : "gồm " + List(formed));
        }
        var successors = SuccessorsOf(unit);
        var merged = successors.Where(e => e.Date == PlaceDirectory.Merges2025).ToList();
        if (merged.Count > 0)
        {
            parts.Add($"ngày {PlaceDirectory.Day(PlaceDirectory.Merges2025)} nhập vào {List(merged)}");
        }
        var now = successors.Where(e => e.Date == PlaceDirectory.Reform2025)
            .Concat(merged.SelectMany(m => m.Other.Successors.Where(e => e.Date == PlaceDirectory.Reform2025)))
            .ToList();
        if (now.Count > 0)
        {
            parts.Add(unit.Level == "district" ? "nay thuộc " + List(now) : "nay thuộc " + List(Distinct(now.Select(e => e with { Partial = false }))));
        }
        return $"{unit.FullName} ({Period(unit)}){(parts.Count > 0 ? " " + string.Join("; ", parts) : "")}.";
    }

    /// <summary>A province as a reader says it: <c>tỉnh Gia Lai</c>, <c>thành phố Huế</c>.</summary>
    public static string ProvinceName(string province)
        => province.StartsWith("Tỉnh ", StringComparison.Ordinal) || province.StartsWith("Thành phố ", StringComparison.Ordinal)
            ? char.ToLowerInvariant(province[0]) + province[1..]
            : province;

    public static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Period(PlaceUnit unit)
    {
        var from = From(unit);
        var until = Until(unit);
        return (from, until) switch
        {
            ({ } f, null) => "từ " + PlaceDirectory.Day(f),
            ({ } f, { } u) => $"{PlaceDirectory.Day(f)} – {PlaceDirectory.Day(u)}",
            (null, { } u) => "đến " + PlaceDirectory.Day(u),
            _ => "",
        };
    }

    /// <summary>Whole units, then "một phần" the partial ones: <c>phường A và một phần các phường B, C</c>.</summary>
    private static string List(IEnumerable<PlaceEdge> edges)
    {
        var all = Distinct(edges);
        var whole = Names(all.Where(e => !e.Partial).ToList());
        var part = Names(all.Where(e => e.Partial).ToList());
        return whole.Length > 0 && part.Length > 0 ? $"{whole} và một phần {part}" : whole.Length > 0 ? whole : "một phần " + part;
    }

    private static List<PlaceEdge> Distinct(IEnumerable<PlaceEdge> edges)
    {
        var seen = new HashSet<PlaceUnit>();
        return [.. edges.Where(e => seen.Add(e.Other))];
    }

    /// <summary><c>phường A</c>, <c>các phường A, B</c>, or each with its kind when kinds differ.</summary>
    private static string Names(List<PlaceEdge> edges)
    {
        if (edges.Count == 0)
        {
            return "";
        }
        string Named(PlaceEdge e) => e.Other.Name + (e.Unverified ? " (theo một nguồn chưa kiểm chứng)" : "");
        var kinds = edges.Select(e => e.Other.Kind).Distinct(StringComparer.Ordinal).ToList();
        if (kinds.Count == 1)
        {
            return edges.Count == 1 ? $"{kinds[0]} {Named(edges[0])}" : $"các {kinds[0]} {string.Join(", ", edges.Select(Named))}";
        }
        return string.Join(", ", edges.Select(e => $"{e.Other.Kind} {Named(e)}"));
    }
}
