using System.Text;

namespace DongDa.Search.Encodings.Legacy;

/// <summary>
/// Undoes mojibake: UTF-8 that was read as Windows-1252, Latin-1 or Windows-1258 and saved again, so "Ngày đăng" became
/// "NgÃ y Ä‘Äƒng". Each character maps back to the byte it was read from; runs of such bytes that form a valid
/// UTF-8 sequence are decoded. Repeated while it finds something, which undoes doubled mangling. Clean text does
/// not change: a Vietnamese letter is never followed by the continuation bytes a UTF-8 sequence needs.
/// Bytes Windows-1252 does not assign are read back from C1 controls, or guessed where a tool replaced them with
/// '?' (see <see cref="RestoreLostBytes"/>). Not repaired: bytes a tool dropped altogether; and Windows-1258 readings
/// that were normalised to NFC afterwards (a letter + combining tone byte composed into one character).
/// </summary>
internal static class MojibakeRepair
{
    private const int MaxRounds = 4;

    // The bytes Windows-1252 leaves unassigned, and the Vietnamese letters whose UTF-8 ends in one of them, most frequent first.
    private static readonly byte[] LostBytes = [0x81, 0x8D, 0x8F, 0x90, 0x9D];
    private const string LostByteLetters = "ờềọỏÁÝÍỐĐ";

    /// <summary>The repaired text, the number of sequences repaired in all rounds, and the rounds that found some.</summary>
    internal sealed record Result(string Text, int Repairs, int Rounds);

    /// <summary>Repairs <paramref name="text"/> until a round finds nothing more.</summary>
    public static Result Repair(string text)
    {
        var repairs = 0;
        var rounds = 0;
        while (rounds < MaxRounds)
        {
            // Once a strict round has found mojibake, a plain space also stands for the U+00A0 the mangling
            // turned into one ("NgÃ y"), but only where that gives a Vietnamese letter.
            var (next, count) = RepairOnce(text, lenientSpaces: repairs > 0);
            if (count == 0)
            {
                break;
            }
            text = next;
            repairs += count;
            rounds++;
        }
        if (repairs > 0)
        {
            var (restored, count) = RestoreLostBytes(text);
            text = restored;
            repairs += count;
        }
        return new Result(text.Normalize(NormalizationForm.FormC), repairs, rounds);
    }

    /// <summary>
    /// Windows-1252 has no characters for 0x81 0x8D 0x8F 0x90 0x9D; tools that replaced them with '?' or U+FFFD left
    /// "á»?" where "ờ", "ề", "ọ", "ỏ" or "Ố" was (and "Ä?" for "Đ"). The letter is chosen among those that make
    /// the word a Vietnamese syllable, the most frequent first (ờ ề ọ ỏ in news text), so an ambiguous word such as
    /// "v?" (vờ, về, vọ, vỏ) comes back as the commonest letter, which may be wrong.
    /// </summary>
    private static (string Text, int Repairs) RestoreLostBytes(string text)
    {
        var sb = new StringBuilder(text);
        var repairs = 0;
        Span<byte> buffer = stackalloc byte[4];
        for (var i = 0; i < sb.Length; i++)
        {
            var length = SequenceLength(ByteOf(sb[i]));
            var lostAt = i + length - 1;
            if (length < 2 || lostAt >= sb.Length || sb[lostAt] is not ('?' or '\uFFFD'))
            {
                continue;
            }
            buffer[0] = (byte)ByteOf(sb[i]);
            var ok = true;
            for (var k = 1; k < length - 1 && ok; k++)
            {
                var b = ByteOf(sb[i + k]);
                ok = b is >= 0x80 and <= 0xBF;
                buffer[k] = (byte)b;
            }
            if (!ok)
            {
                continue;
            }
            var candidates = new List<char>();
            foreach (var lost in LostBytes)
            {
                buffer[length - 1] = lost;
                if (Rune.DecodeFromUtf8(buffer[..length], out var rune, out _) == System.Buffers.OperationStatus.Done
                    && rune.IsBmp && LostByteLetters.Contains((char)rune.Value, StringComparison.Ordinal))
                {
                    candidates.Add((char)rune.Value);
                }
            }
            candidates.Sort((a, b) => LostByteLetters.IndexOf(a, StringComparison.Ordinal).CompareTo(LostByteLetters.IndexOf(b, StringComparison.Ordinal)));
            var start = i;
            while (start > 0 && char.IsLetter(sb[start - 1]))
            {
                start--;
            }
            var end = lostAt + 1;
            while (end < sb.Length && char.IsLetter(sb[end]))
            {
                end++;
            }
            var before = sb.ToString(start, i - start);
            var after = sb.ToString(lostAt + 1, end - lostAt - 1);
            var chosen = candidates.FirstOrDefault(c => Analyzers.VietnameseSyllable.IsValid(before + c + after));
            if (chosen != '\0')
            {
                sb.Remove(i, length).Insert(i, chosen);
                repairs++;
            }
        }
        return (sb.ToString(), repairs);
    }

    private static (string Text, int Repairs) RepairOnce(string text, bool lenientSpaces)
    {
        var sb = new StringBuilder(text.Length);
        var repairs = 0;
        var i = 0;
        Span<byte> buffer = stackalloc byte[4];
        while (i < text.Length)
        {
            var length = SequenceLength(ByteOf(text[i]));
            if (length > 1 && i + length <= text.Length)
            {
                buffer[0] = (byte)ByteOf(text[i]);
                var ok = true;
                for (var k = 1; k < length && ok; k++)
                {
                    var b = ByteOf(text[i + k]);
                    if (lenientSpaces && text[i + k] == ' ')
                    {
                        b = 0xA0;
                    }
                    ok = b is >= 0x80 and <= 0xBF;
                    buffer[k] = (byte)b;
                }
                if (ok && Rune.DecodeFromUtf8(buffer[..length], out var rune, out var used) == System.Buffers.OperationStatus.Done && used == length
                    && (!lenientSpaces || !text.AsSpan(i, length).Contains(' ') || IsVietnameseLetter(rune)))
                {
                    sb.Append(rune.ToString());
                    repairs++;
                    i += length;
                    continue;
                }
            }
            sb.Append(text[i]);
            i++;
        }
        return (sb.ToString(), repairs);
    }

    private static bool IsVietnameseLetter(Rune rune)
        => rune.IsBmp && (VietnameseLetters.TrySplit((char)rune.Value, out _, out _) || rune.Value is 'đ' or 'Đ');

    // The byte a character was read from under Windows-1252 or Latin-1 (C1 controls standing for unassigned bytes),
    // or under Windows-1258, the ANSI code page of Vietnamese Windows (its letters and combining tones), or -1.
    private static int ByteOf(char c)
    {
        if (c < 0x80 || c is >= '\u00A0' and <= '\u00FF' or >= '\u0080' and <= '\u009F')
        {
            return c;
        }
        var index = ByteTables.Windows1252C1.IndexOf(c, StringComparison.Ordinal);
        if (index >= 0)
        {
            return 0x80 + index;
        }
        index = ByteTables.Windows1258High.IndexOf(c, StringComparison.Ordinal);
        return index >= 0 ? 0x80 + index : -1;
    }

    private static int SequenceLength(int lead) => lead switch
    {
        >= 0xC2 and <= 0xDF => 2,
        >= 0xE0 and <= 0xEF => 3,
        >= 0xF0 and <= 0xF4 => 4,
        _ => 0,
    };
}
