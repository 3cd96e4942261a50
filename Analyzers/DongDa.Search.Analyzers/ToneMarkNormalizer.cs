namespace DongDa.Search.Analyzers;

/// <summary>
/// Puts the tone mark of a lower-case Vietnamese syllable where the traditional ("old") style puts it, so that
/// <c>hoà</c>/<c>hòa</c>, <c>khoẻ</c>/<c>khỏe</c>, <c>thuý</c>/<c>thúy</c> and <c>uỷ</c>/<c>ủy</c> give one key.
/// </summary>
/// <remarks>
/// The two styles differ only in open oa, oe and uy syllables; the old style is the majority in the archives
/// (63% of such syllables in VnExpress 2004–06, 99% in Dân trí 2019–21), so keys look like what most readers write.
/// The rule: a vowel with a shape mark (ă â ê ô ơ ư) takes the tone (the second of ươ); otherwise the last vowel
/// when a final consonant follows, else the first of two vowels or the middle of three. The <c>u</c> of <c>qu</c>
/// and the <c>i</c> of <c>gi</c> before another vowel belong to the initial consonant. Anything that is not a
/// well-formed syllable (digits, two tones, foreign letters) is left as it is.
/// </remarks>
internal static class ToneMarkNormalizer
{
    /// <summary>Rewrites <paramref name="syllable"/> in place; returns true when it changed.</summary>
    public static bool Normalize(Span<char> syllable)
    {
        var toneAt = -1;
        var tone = 0;
        for (var i = 0; i < syllable.Length; i++)
        {
            var t = VietnameseLetters.Tone(syllable[i]);
            if (t == 0)
            {
                continue;
            }
            if (toneAt >= 0)
            {
                return false;
            }
            toneAt = i;
            tone = t;
        }
        if (toneAt < 0 || !TryFindNucleus(syllable, out var start, out var end))
        {
            return false;
        }

        var target = -1;
        for (var i = start; i < end; i++)
        {
            if (VietnameseLetters.HasShapeMark(syllable[i]))
            {
                target = i;
            }
        }
        if (target < 0)
        {
            var length = end - start;
            target = end < syllable.Length ? end - 1 : length == 3 ? start + 1 : start;
        }
        if (target == toneAt)
        {
            return false;
        }
        syllable[toneAt] = VietnameseLetters.WithoutTone(syllable[toneAt]);
        syllable[target] = VietnameseLetters.WithTone(VietnameseLetters.WithoutTone(syllable[target]), tone);
        return true;
    }

    /// <summary>
    /// Finds the vowel nucleus [start, end) of a syllable made of consonants, one to three vowels, consonants.
    /// </summary>
    internal static bool TryFindNucleus(ReadOnlySpan<char> syllable, out int start, out int end)
    {
        start = end = 0;
        var i = 0;
        while (i < syllable.Length && !VietnameseLetters.IsVowel(syllable[i]))
        {
            if (!VietnameseLetters.IsConsonant(syllable[i]))
            {
                return false;
            }
            i++;
        }
        if (i == syllable.Length)
        {
            return false;
        }
        // "qu" + vowel and "gi" + vowel: the u / i is part of the initial consonant.
        if (i == 1 && i + 1 < syllable.Length && VietnameseLetters.IsVowel(syllable[i + 1])
            && ((syllable[0] == 'q' && VietnameseLetters.WithoutTone(syllable[1]) == 'u')
                || (syllable[0] == 'g' && VietnameseLetters.WithoutTone(syllable[1]) == 'i')))
        {
            i++;
        }
        start = i;
        while (i < syllable.Length && VietnameseLetters.IsVowel(syllable[i]))
        {
            i++;
        }
        end = i;
        for (; i < syllable.Length; i++)
        {
            if (!VietnameseLetters.IsConsonant(syllable[i]))
            {
                return false;
            }
        }
        return end - start is >= 1 and <= 3;
    }
}
