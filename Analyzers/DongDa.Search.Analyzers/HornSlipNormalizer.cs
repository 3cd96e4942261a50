namespace DongDa.Search.Analyzers;

/// <summary>
/// Puts back the horn a typist left off one letter of the diphthong <c>ươ</c>: <c>ngưòi</c> and <c>nguời</c> are
/// <c>người</c>, <c>đuợc</c> is <c>được</c>.
/// </summary>
/// <remarks>
/// An input method writes the two horns with separate keystrokes, and one is often missed; news text has both slips
/// (in the dev archive: 67 words with <c>ưo</c>, 170 with <c>uơ</c> before a final, such as 39 <c>đuợc</c> and 33
/// <c>nguời</c>). Neither is a Vietnamese rhyme: no rhyme starts <c>ưo</c>, and <c>uơ</c> is one only open
/// (<c>thuở</c>, <c>huơ</c>) or after <c>qu</c>, whose <c>u</c> belongs to the initial (<c>quới</c>), so those stay.
/// The tone stays on its letter; the tone filter after this one moves it where the rhyme puts it.
/// </remarks>
internal static class HornSlipNormalizer
{
    /// <summary>Rewrites <paramref name="syllable"/> (lower case) in place; returns true when it changed.</summary>
    public static bool Normalize(Span<char> syllable)
    {
        // One look-up a letter: each slip is found at the letter with its one horn.
        for (var i = 0; i < syllable.Length; i++)
        {
            var letter = VietnameseLetters.WithoutTone(syllable[i]);
            if (letter == 'ư' && i + 1 < syllable.Length && VietnameseLetters.WithoutTone(syllable[i + 1]) == 'o')
            {
                syllable[i + 1] = VietnameseLetters.WithTone('ơ', VietnameseLetters.Tone(syllable[i + 1]));
                return true;
            }
            if (letter == 'ơ' && i > 0 && i + 1 < syllable.Length && VietnameseLetters.WithoutTone(syllable[i - 1]) == 'u'
                && (i == 1 || syllable[i - 2] != 'q'))
            {
                syllable[i - 1] = VietnameseLetters.WithTone('ư', VietnameseLetters.Tone(syllable[i - 1]));
                return true;
            }
        }
        return false;
    }
}
