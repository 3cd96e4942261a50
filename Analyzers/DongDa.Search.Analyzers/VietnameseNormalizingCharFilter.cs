using System.Text;
using Lucene.Net.Analysis.CharFilters;

namespace DongDa.Search.Analyzers;

/// <summary>
/// A <see cref="BaseCharFilter"/> applying <see cref="VietnameseCharNormalizer"/> (NFC, Đ look-alikes, invisible
/// characters) with offset correction, so tokens of NFD or otherwise unusual input point at the original characters.
/// </summary>
public sealed class VietnameseNormalizingCharFilter : BaseCharFilter
{
    private string? _normalized;
    private int _position;

    /// <summary>Wraps <paramref name="input"/>.</summary>
    public VietnameseNormalizingCharFilter(TextReader input) : base(input)
    {
    }

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        _normalized ??= NormalizeAll();
        var available = _normalized.Length - _position;
        if (available <= 0)
        {
            return 0;
        }
        var copied = Math.Min(count, available);
        _normalized.CopyTo(_position, buffer, index, copied);
        _position += copied;
        return copied;
    }

    /// <inheritdoc />
    public override int Read()
    {
        _normalized ??= NormalizeAll();
        return _position < _normalized.Length ? _normalized[_position++] : -1;
    }

    private string NormalizeAll()
    {
        // Lucene.Net's reusable string reader answers null for an empty text.
        var original = m_input.ReadToEnd() ?? "";
        if (!VietnameseCharNormalizer.NeedsNormalization(original))
        {
            return original;
        }
        var output = new StringBuilder(original.Length);
        VietnameseCharNormalizer.Normalize(original, output, AddOffCorrectMap);
        return output.ToString();
    }
}
