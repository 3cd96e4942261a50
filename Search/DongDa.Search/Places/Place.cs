namespace DongDa.Search.Places;

/// <summary>
/// An administrative unit (province-level city, district, ward or commune) under one name over a period: the unit of
/// that name before 1/7/2025 or the one after, with the units it came from and went to.
/// </summary>
public sealed record Place
{
    /// <summary>The kind as written in Vietnamese, lower case: <c>phường</c>, <c>xã</c>, <c>quận</c>, <c>huyện</c>, <c>thị trấn</c>, <c>thị xã</c>…</summary>
    public required string Kind { get; init; }

    /// <summary>The name without its kind: <c>Láng Hạ</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Kind and name as officially written: <c>Phường Láng Hạ</c>.</summary>
    public required string FullName { get; init; }

    /// <summary>The province or province-level city: <c>Thành phố Hà Nội</c>.</summary>
    public required string Province { get; init; }

    /// <summary>The district a ward belonged to (units before 1/7/2025); null for districts and for the new wards.</summary>
    public string? District { get; init; }

    /// <summary>First day under this name when the tables know it (1/1/2025 or 1/7/2025); null when older than the tables.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day under this name (31/12/2024 or 30/6/2025); null when still in force.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>The units this one was formed from, whole or in part.</summary>
    public required IReadOnlyList<PlaceLink> Predecessors { get; init; }

    /// <summary>The units this one went to, whole or in part.</summary>
    public required IReadOnlyList<PlaceLink> Successors { get; init; }

    /// <summary>What the unit was and became, in Vietnamese: <c>Phường Láng (từ 1/7/2025) gồm phường Láng Thượng và một phần các phường Láng Hạ, Ngọc Khánh</c>.</summary>
    public required string Note { get; init; }
}

/// <summary>A unit another one came from or went to.</summary>
/// <param name="FullName">Kind and name: <c>Phường Láng Thượng</c>.</param>
/// <param name="Partial">Only part of the unit's area moved (a split ward).</param>
/// <param name="Date">The day of the change.</param>
/// <param name="Unverified">The change rests on a single secondary source.</param>
public sealed record PlaceLink(string FullName, bool Partial, DateOnly Date, bool Unverified = false);

/// <summary>What a place name was and became: the units it names, Hà Nội first.</summary>
/// <param name="Query">The name as asked.</param>
/// <param name="Places">The units of that name (and kind, when given), those of Hà Nội first.</param>
/// <param name="Notes">Vietnamese notes for the reader: each Hà Nội unit's history, then the other provinces with the same name.</param>
public sealed record PlaceLookup(string Query, IReadOnlyList<Place> Places, IReadOnlyList<string> Notes);
