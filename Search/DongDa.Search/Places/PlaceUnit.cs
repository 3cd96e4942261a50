namespace DongDa.Search.Places;

/// <summary>A unit of the tables under one name in one province (and district), with the snapshots it is in and its links.</summary>
internal sealed class PlaceUnit(string level, string kind, string name, string fullName, string province, string? district)
{
    /// <summary>province, district or ward.</summary>
    public string Level { get; } = level;

    public string Kind { get; } = kind;

    public string Name { get; } = name;

    public string FullName { get; } = fullName;

    public string Province { get; } = province;

    public string? District { get; } = district;

    /// <summary>In force on 1/11/2024 (the first snapshot).</summary>
    public bool Before2025 { get; set; }

    /// <summary>In force on 30/6/2025, after the 1/1/2025 merges.</summary>
    public bool Eve2025 { get; set; }

    /// <summary>One of the units from 1/7/2025.</summary>
    public bool Since2025Reform { get; set; }

    public List<PlaceEdge> Predecessors { get; } = [];

    public List<PlaceEdge> Successors { get; } = [];

    /// <summary>The wards of a district (before 1/7/2025).</summary>
    public List<PlaceUnit> Wards { get; } = [];

    public bool InHanoi => Province == PlaceDirectory.Hanoi;
}

/// <summary>A link to a unit one came from or went to.</summary>
internal sealed record PlaceEdge(PlaceUnit Other, bool Partial, DateOnly Date, bool Unverified);
