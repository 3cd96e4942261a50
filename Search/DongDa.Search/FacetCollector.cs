using DongDa.Search.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DongDa.Search;

/// <summary>Counts every hit of a query by publication year and by category, from doc values (no stored fields read).</summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<int, int> _years = [];
    private readonly Dictionary<string, int> _categories = new(StringComparer.Ordinal);
    private NumericDocValues? _year;
    private IBits? _hasYear;
    private SortedDocValues? _category;
    private int[] _categoryOrdCounts = [];

    /// <summary>Counts per year, newest first.</summary>
    public IReadOnlyList<FacetCount> Years
    {
        get
        {
            FlushSegment();
            return [.. _years.OrderByDescending(p => p.Key).Select(p => new FacetCount(p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Value))];
        }
    }

    /// <summary>Counts per category, most first, then by name.</summary>
    public IReadOnlyList<FacetCount> Categories
    {
        get
        {
            FlushSegment();
            return [.. _categories.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => new FacetCount(p.Key, p.Value))];
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        var reader = context.AtomicReader;
        _year = reader.GetNumericDocValues(ArticleFields.Year);
        _hasYear = _year is null ? null : reader.GetDocsWithField(ArticleFields.Year);
        _category = reader.GetSortedDocValues(ArticleFields.Category);
        _categoryOrdCounts = _category is null ? [] : new int[_category.ValueCount];
    }

    public void Collect(int doc)
    {
        if (_year is not null && _hasYear is not null && _hasYear.Get(doc))
        {
            var year = (int)_year.Get(doc);
            _years[year] = _years.GetValueOrDefault(year) + 1;
        }
        if (_category is not null)
        {
            var ord = _category.GetOrd(doc);
            if (ord >= 0)
            {
                _categoryOrdCounts[ord]++;
            }
        }
    }

    /// <summary>Moves the per-segment ordinal counts into the by-name counts.</summary>
    private void FlushSegment()
    {
        if (_category is null)
        {
            return;
        }
        var bytes = new BytesRef();
        for (var ord = 0; ord < _categoryOrdCounts.Length; ord++)
        {
            if (_categoryOrdCounts[ord] > 0)
            {
                _category.LookupOrd(ord, bytes);
                var name = bytes.Utf8ToString();
                _categories[name] = _categories.GetValueOrDefault(name) + _categoryOrdCounts[ord];
                _categoryOrdCounts[ord] = 0;
            }
        }
    }
}
