using System.Globalization;
using System.Text;

namespace DongDa.Search.Bench;

/// <summary>A column of a result table: its JSON key, its header, and how numbers in it are printed.</summary>
internal sealed record BenchColumn(string Key, string Header, string Format = "");

/// <summary>The result of one benchmark: a table (one row per contender) plus notes, printable as text, markdown or JSON.</summary>
internal sealed class BenchTable(string name, string title, IReadOnlyList<BenchColumn> columns)
{
    private readonly List<Dictionary<string, object?>> _rows = [];

    /// <summary>Short name: the sub-command and the JSON property.</summary>
    public string Name { get; } = name;

    /// <summary>Human title.</summary>
    public string Title { get; } = title;

    /// <summary>The columns, in print order.</summary>
    public IReadOnlyList<BenchColumn> Columns { get; } = columns;

    /// <summary>One dictionary per row, keyed by column key.</summary>
    public IReadOnlyList<Dictionary<string, object?>> Rows => _rows;

    /// <summary>Facts about the run (input size, settings) and verdicts against the targets.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Adds a row; <paramref name="values"/> in column order.</summary>
    public void AddRow(params object?[] values)
    {
        if (values.Length != Columns.Count)
        {
            throw new ArgumentException($"{Name}: {values.Length} values for {Columns.Count} columns", nameof(values));
        }

        _rows.Add(Columns.Zip(values).ToDictionary(p => p.First.Key, p => p.Second));
    }

    /// <summary>Aligned plain-text table for the console.</summary>
    public string ToText()
    {
        var cells = _rows.Select(r => Columns.Select(c => Cell(c, r[c.Key])).ToArray()).ToList();
        var widths = Columns.Select((c, i) => cells.Select(r => r[i].Length).Append(c.Header.Length).Max()).ToArray();
        var text = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"== {Title}");
        text.AppendLine(string.Join("  ", Columns.Select((c, i) => c.Header.PadRight(widths[i]))).TrimEnd());
        foreach (var row in cells)
        {
            text.AppendLine(string.Join("  ", row.Select((v, i) => i == 0 ? v.PadRight(widths[i]) : v.PadLeft(widths[i]))).TrimEnd());
        }

        foreach (var note in Notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  - {note}");
        }

        return text.ToString();
    }

    /// <summary>Markdown section: heading, table, notes.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"## {Title}").AppendLine();
        text.AppendLine("| " + string.Join(" | ", Columns.Select(c => c.Header)) + " |");
        text.AppendLine("|" + string.Concat(Columns.Select((_, i) => i == 0 ? "---|" : "---:|")));
        foreach (var row in _rows)
        {
            text.AppendLine("| " + string.Join(" | ", Columns.Select(c => Cell(c, row[c.Key]))) + " |");
        }

        text.AppendLine();
        foreach (var note in Notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
        }

        return text.AppendLine().ToString();
    }

    private static string Cell(BenchColumn column, object? value) => value switch
    {
        null => "-",
        IFormattable number when column.Format.Length > 0 => number.ToString(column.Format, CultureInfo.InvariantCulture),
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
