namespace DongDa.Search.Analyzers;

/// <summary>
/// Normalized keys for numbers in Vietnamese notation, where the dot groups thousands and the comma marks decimals:
/// 1.081 and 1081 are one number, 1.000.000 is a million, 1.081,5 is 1081,5. Times get two-digit hours (7:05 → 07:05).
/// </summary>
internal static class NumberKeys
{
    /// <summary>The key of <paramref name="text"/> without thousands dots, when it has the Vietnamese grouping shape.</summary>
    public static bool TryNormalizeNumber(ReadOnlySpan<char> text, out string key)
    {
        key = "";
        var comma = text.IndexOf(',');
        var integer = comma < 0 ? text : text[..comma];
        var firstDot = integer.IndexOf('.');
        if (firstDot is < 1 or > 3)
        {
            return false;
        }
        // Every group after the first must have exactly three digits.
        var rest = integer[(firstDot + 1)..];
        while (true)
        {
            var dot = rest.IndexOf('.');
            var group = dot < 0 ? rest : rest[..dot];
            if (group.Length != 3 || !IsDigits(group))
            {
                return false;
            }
            if (dot < 0)
            {
                break;
            }
            rest = rest[(dot + 1)..];
        }
        if (!IsDigits(integer[..firstDot]) || (comma >= 0 && !IsDigits(text[(comma + 1)..])))
        {
            return false;
        }
        key = string.Concat(integer.ToString().Replace(".", "", StringComparison.Ordinal), comma < 0 ? "" : text[comma..].ToString());
        return true;
    }

    /// <summary>A time of day with two-digit hours, when it differs from <paramref name="text"/>.</summary>
    public static bool TryNormalizeTime(ReadOnlySpan<char> text, out string key)
    {
        key = "";
        var colon = text.IndexOf(':');
        if (colon != 1)
        {
            return false;
        }
        key = "0" + text.ToString();
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
