namespace DongDa.Search.Typing;

/// <summary>
/// The runs of letters of a text as written, each with whether anything but spaces (punctuation, a number) stands
/// between it and the run before: as the pairs field breaks its pairs; the first run stands after a break.
/// </summary>
internal static class LetterRuns
{
    public static List<(string Text, bool AfterBreak)> Of(string text)
    {
        var runs = new List<(string Text, bool AfterBreak)>();
        var broken = true;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                broken |= !char.IsWhiteSpace(text[i]);
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
            runs.Add((text[start..i], broken));
            broken = false;
        }
        return runs;
    }
}
