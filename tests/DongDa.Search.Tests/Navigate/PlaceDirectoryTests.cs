using DongDa.Search.Analyzers;
using DongDa.Search.Places;

namespace DongDa.Search.Tests.Navigate;

public sealed class PlaceDirectoryTests
{
    private static readonly PlaceDirectory Places = PlaceDirectory.Default;

    /// <summary>
    /// Every ward of Đống Đa before 1/1/2025 (21) and after it (17, two of them new names), and the wards of 1/7/2025
    /// each ended in (Nghị quyết 1656/NQ-UBTVQH15; the 1/1/2025 merges read from the two snapshots).
    /// </summary>
    public static TheoryData<string, string[]> OldWards => new()
    {
        { "Cát Linh", ["Ô Chợ Dừa"] },
        { "Văn Miếu", ["Văn Miếu - Quốc Tử Giám", "Ô Chợ Dừa"] },
        { "Quốc Tử Giám", ["Văn Miếu - Quốc Tử Giám", "Ô Chợ Dừa"] },
        { "Văn Miếu - Quốc Tử Giám", ["Văn Miếu - Quốc Tử Giám", "Ô Chợ Dừa"] },
        { "Láng Thượng", ["Láng"] },
        { "Ô Chợ Dừa", ["Đống Đa", "Ô Chợ Dừa"] },
        { "Văn Chương", ["Văn Miếu - Quốc Tử Giám"] },
        { "Hàng Bột", ["Văn Miếu - Quốc Tử Giám", "Ô Chợ Dừa"] },
        { "Láng Hạ", ["Giảng Võ", "Đống Đa", "Láng"] },
        { "Khâm Thiên", ["Văn Miếu - Quốc Tử Giám"] },
        { "Thổ Quan", ["Văn Miếu - Quốc Tử Giám"] },
        { "Nam Đồng", ["Đống Đa", "Kim Liên", "Văn Miếu - Quốc Tử Giám"] },
        { "Trung Phụng", ["Văn Miếu - Quốc Tử Giám"] },
        { "Quang Trung", ["Đống Đa", "Kim Liên"] },
        { "Trung Liệt", ["Đống Đa", "Kim Liên", "Ô Chợ Dừa"] },
        { "Phương Liên", ["Kim Liên", "Văn Miếu - Quốc Tử Giám"] },
        { "Trung Tự", ["Kim Liên", "Văn Miếu - Quốc Tử Giám"] },
        { "Phương Liên - Trung Tự", ["Kim Liên", "Văn Miếu - Quốc Tử Giám"] },
        { "Kim Liên", ["Kim Liên"] },
        { "Phương Mai", ["Bạch Mai", "Kim Liên"] },
        { "Thịnh Quang", ["Đống Đa"] },
        { "Ngã Tư Sở", ["Đống Đa"] },
        { "Khương Thượng", ["Kim Liên"] },
    };

    /// <summary>The wards of 1/7/2025 that took Đống Đa's area, and Đống Đa wards each was formed from (at least these).</summary>
    public static TheoryData<string, string[]> NewWards => new()
    {
        { "Đống Đa", ["Thịnh Quang", "Ô Chợ Dừa", "Láng Hạ", "Nam Đồng", "Quang Trung", "Trung Liệt"] },
        { "Ô Chợ Dừa", ["Cát Linh", "Văn Miếu - Quốc Tử Giám", "Ô Chợ Dừa", "Hàng Bột", "Trung Liệt"] },
        { "Văn Miếu - Quốc Tử Giám", ["Văn Miếu - Quốc Tử Giám", "Văn Chương", "Hàng Bột", "Khâm Thiên", "Thổ Quan", "Nam Đồng", "Phương Liên - Trung Tự"] },
        { "Láng", ["Láng Thượng", "Láng Hạ"] },
        { "Kim Liên", ["Kim Liên", "Khương Thượng", "Nam Đồng", "Quang Trung", "Trung Liệt", "Phương Liên - Trung Tự", "Phương Mai"] },
        { "Giảng Võ", ["Láng Hạ"] },
        { "Bạch Mai", ["Phương Mai"] },
    };

    [Theory]
    [MemberData(nameof(OldWards))]
    public void Find_EveryOldDongDaWard_SaysWhereItWent_AccentedAndNot(string ward, string[] now)
    {
        foreach (var query in new[] { "phường " + ward, VietnameseText.Fold("phường " + ward), "P. " + ward })
        {
            var old = Places.Find(query).Places.First(p => p.Province == PlaceDirectory.Hanoi && p.District == "Quận Đống Đa");

            Assert.Equal("Phường " + ward, old.FullName);
            Assert.NotNull(old.Until);
            Assert.NotEmpty(old.Successors);
            var afterReform = old.Note[(old.Note.IndexOf("nay thuộc", StringComparison.Ordinal) + "nay thuộc".Length)..];
            Assert.All(now, name => Assert.Contains(name, afterReform, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(NewWards))]
    public void Find_EveryNewWardOfDongDaArea_SaysWhatItWasFormedFrom_AccentedAndNot(string ward, string[] formedFrom)
    {
        foreach (var query in new[] { "phường " + ward, VietnameseText.Fold("phường " + ward) })
        {
            var reformed = Places.Find(query).Places.Single(p => p.Province == PlaceDirectory.Hanoi && p.From == PlaceDirectory.Reform2025);

            Assert.Null(reformed.Until);
            Assert.All(formedFrom, name => Assert.Contains(reformed.Predecessors, l => l.FullName == "Phường " + name));
            Assert.StartsWith($"Phường {ward} (từ 1/7/2025) gồm ", reformed.Note, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Find_Lang_NoteNamesItsPredecessorsWholeThenPart()
        => Assert.Equal(
            "Phường Láng (từ 1/7/2025) gồm phường Láng Thượng và một phần các phường Ngọc Khánh, Láng Hạ.",
            Assert.Single(Places.Find("phường Láng").Notes));

    [Fact]
    public void Find_MergedOn1January2025_SaysBothSteps()
        => Assert.Equal(
            "Phường Ngã Tư Sở (đến 31/12/2024) ngày 1/1/2025 nhập vào phường Thịnh Quang; nay thuộc phường Đống Đa.",
            Places.Find("phuong Nga Tu So").Notes[0]);

    [Fact]
    public void Find_District_ListsTheWardsThatTookIt_PartsLast()
    {
        var note = Places.Find("quận Đống Đa").Notes[0];

        Assert.StartsWith("Quận Đống Đa (đến 30/6/2025) nay thuộc các phường ", note, StringComparison.Ordinal);
        Assert.EndsWith(" và một phần các phường Giảng Võ, Bạch Mai.", note, StringComparison.Ordinal);
        Assert.All(["Ô Chợ Dừa", "Láng", "Đống Đa", "Văn Miếu - Quốc Tử Giám", "Kim Liên"], w => Assert.Contains(w, note, StringComparison.Ordinal));
    }

    [Fact]
    public void Find_NameUsedInOtherProvinces_HaNoiFirst_AndSaysSo()
    {
        var lookup = Places.Find("phường Đống Đa");

        Assert.Equal(PlaceDirectory.Hanoi, lookup.Places[0].Province);
        Assert.Contains(lookup.Places, p => p.Province == "Tỉnh Gia Lai");
        var ambiguity = lookup.Notes[^1];
        Assert.Contains("tỉnh Vĩnh Phúc", ambiguity, StringComparison.Ordinal);
        Assert.Contains("tỉnh Bình Định", ambiguity, StringComparison.Ordinal);
        Assert.Contains("Hà Nội", ambiguity, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_NameInBothPeriods_ReturnsTheOldAndTheNewUnit()
    {
        var kimLien = Places.Find("Kim Liên").Places.Where(p => p.Province == PlaceDirectory.Hanoi).ToList();

        Assert.Equal(2, kimLien.Count);
        Assert.Contains(kimLien, p => p.District == "Quận Đống Đa" && p.Until == new DateOnly(2025, 6, 30));
        Assert.Contains(kimLien, p => p.From == PlaceDirectory.Reform2025);
    }

    [Fact]
    public void Find_UnknownName_FindsNothing() => Assert.Empty(Places.Find("phường Không Có").Places);
}
