using Microsoft.Extensions.Caching.Memory;

namespace DongDa.Search;

/// <summary>
/// Results of recent requests, each kept with the version of the index it was searched in: a request is answered from
/// here only while the searcher still holds that version, so a commit the searcher has picked up is never hidden.
/// </summary>
/// <remarks>
/// <see cref="MemoryCache"/> bounds the count (each entry size 1) and, when full, evicts the least recently used;
/// entries of older versions are never asked for again and go first.
/// </remarks>
internal sealed class ResultCache(int capacity) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = capacity });

    public bool TryGet(long indexVersion, SearchRequest request, out SearchResults? results)
        => _cache.TryGetValue(new Key(indexVersion, request), out results);

    public void Add(long indexVersion, SearchRequest request, SearchResults results)
        => _cache.Set(new Key(indexVersion, request), results, new MemoryCacheEntryOptions { Size = 1 });

    public void Dispose() => _cache.Dispose();

    /// <summary>A request is a record of values: two equal requests are the same search.</summary>
    private readonly record struct Key(long IndexVersion, SearchRequest Request);
}
