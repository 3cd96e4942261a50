namespace DongDa.Search.Analyzers;

/// <summary>
/// Gives one key to the i/y spellings of the same syllable after a consonant: <c>lý</c>/<c>lí</c>, <c>kỹ</c>/<c>kĩ</c>,
/// <c>sĩ</c>/<c>sỹ</c>, <c>mỹ</c>/<c>mĩ</c>, <c>quý</c>/<c>quí</c> all become the <c>i</c> form.
/// </summary>
/// <remarks>
/// Only a syllable of initial consonant(s) plus a single i/y is rewritten: there the two letters are one sound and
/// both spellings are in use (the 1984 spelling rules allow either). <c>y</c> alone (<c>y tá</c>, <c>ý kiến</c>) and
/// <c>y</c> after another vowel (<c>tuy</c>, <c>khuya</c>, <c>tay</c>) are different sounds or words and stay.
/// The <c>i</c> form is the key because it is the one the spelling rules prefer; the key is never shown as text.
/// </remarks>
internal static class SpellingVariantNormalizer
{
    /// <summary>Rewrites <paramref name="syllable"/> (lower case) in place; returns true when it changed.</summary>
    public static bool Normalize(Span<char> syllable)
    {
        var last = syllable.Length - 1;
        if (last < 1 || VietnameseLetters.WithoutTone(syllable[last]) != 'y')
        {
            return false;
        }
        var initial = syllable[..last];
        var isQu = initial.Length == 2 && initial[0] == 'q' && initial[1] == 'u';
        if (!isQu)
        {
            foreach (var c in initial)
            {
                if (!VietnameseLetters.IsConsonant(c))
                {
                    return false;
                }
            }
        }
        syllable[last] = VietnameseLetters.WithTone('i', VietnameseLetters.Tone(syllable[last]));
        return true;
    }
}
