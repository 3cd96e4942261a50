using System.Globalization;
using DongDa.Search.Places;

namespace DongDa.Search.Cli.Commands;

/// <summary>Looks a place name up and prints its history.</summary>
internal static class PlaceLogic
{
    public static int Run(string name, bool json, TextWriter output)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new CliUsageException("give a place NAME");
        }
        var lookup = PlaceDirectory.Default.Find(name);
        if (json)
        {
            output.WriteLine(JsonOutput.Line(lookup));
            return ExitCodes.Ok;
        }
        if (lookup.Places.Count == 0)
        {
            output.WriteLine($"Không tìm thấy đơn vị hành chính nào tên \"{name}\".");
            return ExitCodes.Ok;
        }
        foreach (var note in lookup.Notes)
        {
            output.WriteLine(note);
        }
        foreach (var place in lookup.Places.Where(p => p.Province == PlaceDirectory.Hanoi))
        {
            output.WriteLine();
            output.WriteLine($"{place.FullName}{(place.District is null ? "" : ", " + place.District)}, {place.Province}");
            foreach (var (label, links) in new[] { ("  trước đó: ", place.Predecessors), ("  sau đó:   ", place.Successors) })
            {
                foreach (var link in links)
                {
                    output.WriteLine($"{label}{link.FullName}{(link.Partial ? " (một phần)" : "")}, {link.Date.ToString("d/M/yyyy", CultureInfo.InvariantCulture)}{(link.Unverified ? ", chưa kiểm chứng" : "")}");
                }
            }
        }
        return ExitCodes.Ok;
    }
}
