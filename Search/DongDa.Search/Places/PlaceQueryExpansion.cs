using DongDa.Search.Analyzers;
using DongDa.Search.Querying;
using DongDa.Search.Schema;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;

namespace DongDa.Search.Places;

/// <summary>A place named in a query with its kind (<c>phường Láng</c>, <c>P. Láng Hạ</c>, <c>quan Dong Da</c>).</summary>
/// <param name="Start">Offset of the kind word in the query.</param>
/// <param name="NameStart">Offset of the name, after the kind word.</param>
/// <param name="End">Offset after the name.</param>
/// <param name="Kind">The kind named (<c>quận</c> for <c>Q.</c>), null when the mention has no kind word.</param>
/// <param name="Units">The units of that kind and name, Hà Nội's first.</param>
internal sealed record PlaceMention(int Start, int NameStart, int End, string? Kind, IReadOnlyList<PlaceUnit> Units)
{
    /// <summary>
    /// The mention as typed in <paramref name="query"/>, then with its kind word written each other way (<c>Q. Ba Đình</c>
    /// is <c>quận Ba Đình</c>, and the other way round): what an article naming the place as typed writes.
    /// </summary>
    public IEnumerable<string> Spellings(string query)
    {
        var typed = query[Start..End];
        yield return typed;
        if (Kind is null)
        {
            yield break;
        }
        var name = query[NameStart..End];
        var kindTyped = query[Start..NameStart].Trim();
        foreach (var kind in PlaceWords.Spellings(Kind).Where(k => !string.Equals(k, kindTyped, StringComparison.OrdinalIgnoreCase)))
        {
            yield return kind + " " + name;
        }
    }
}

/// <summary>
/// Widens a query that names a place as a place to the place's former and later names: the query is built once more
/// for each such name (the mention replaced by the name as a phrase), and those matches join the result below every
/// article naming the place as typed. A name without its kind word (<c>Láng</c>, <c>Kim</c>) is a word like any other.
/// </summary>
/// <param name="directory">The place tables, asked for only when a query has a kind word (loading them takes a moment).</param>
internal sealed class PlaceQueryExpansion(Func<PlaceDirectory> directory)
{
    /// <summary>
    /// Added to the score of every article naming the place as typed (the mention as a phrase, kind word included), so
    /// that articles found only through another name of the place, or only through the query's other words, rank below
    /// all of them: in <c>UBND quận Đống Đa</c> the district is what the archivist asks for, and without accents its two
    /// syllables are in most articles in some reading.
    /// </summary>
    internal const float TypedTier = 256f;

    /// <summary>
    /// Added to the score of every article writing the place's name (of two words or more) as a name but not as typed:
    /// with another kind word or none (<c>thị xã Hà Đông</c> before 2008, <c>ở Hà Đông</c> for <c>quận Hà Đông</c>). A
    /// unit's kind changes more often than its name, and reports often leave the kind word out, so these rank below the
    /// place as typed and above its former and later names.
    /// </summary>
    internal const float NameTier = 64f;

    /// <summary>The analyzer of <see cref="ArticleFields.Names"/> (Lucene's analyzers keep their streams per thread).</summary>
    private static readonly NamePairAnalyzer NamePairs = new();

    /// <summary>Hà Nội's keys in <see cref="ArticleFields.Names"/>: an article naming the city, read from one term.</summary>
    private static readonly List<string> HanoiKeys = NamePairKeys("Hà Nội");

    /// <summary>Articles that must write a place with its kind before its name alone may mean it over a namesake.</summary>
    internal const int MinWritten = 5;

    /// <summary>How many times as often as a namesake the archive must write a place with its kind.</summary>
    internal const int DominantRatio = 10;

    /// <summary>
    /// The share of its score an article keeps when it names the place as typed beside the province or district of a
    /// namesake outside Hà Nội, and not Hà Nội (<see cref="NamesakeReports"/>): below the place, its name alone and its
    /// other names, above articles holding only some of the query's words.
    /// </summary>
    internal const float NamesakeWeight = 0.01f;

    /// <summary>Weight of a match on another name of the place.</summary>
    internal const float AlternativeWeight = 0.25f;

    /// <summary>Other names searched for one mention at most.</summary>
    internal const int MaxAlternatives = 12;

    /// <summary>The query for <paramref name="request"/>, widened to other names of the places it names, and the notes saying so.</summary>
    /// <param name="request">The request.</param>
    /// <param name="build">Builds the query of one request (the query builder over the searcher's reader).</param>
    /// <param name="count">Counts the articles a query matches (how often the archive writes a place one way or another).</param>
    public (BuiltQuery Built, IReadOnlyList<string> Notes) Build(SearchRequest request, Func<SearchRequest, BuiltQuery> build, Func<Query, int> count)
    {
        var (built, notes) = Widen(request, build, count);
        return string.IsNullOrWhiteSpace(request.Place) || built.MatchesNothing ? (built, notes) : Filter(built, notes, request, build);
    }

    /// <summary>
    /// <paramref name="built"/> limited to articles naming the request's place or another name of it, those with the
    /// name as written first (the place filter, where a bare name is read as a place).
    /// </summary>
    private (BuiltQuery Built, IReadOnlyList<string> Notes) Filter(BuiltQuery built, List<string> notes, SearchRequest request, Func<SearchRequest, BuiltQuery> build)
    {
        var place = request.Place!;
        var words = PlaceWords.Split(place);
        var kindLength = PlaceWords.KindAt(words, 0, out var kind);
        var units = directory().Units(kind, [.. words.Skip(kindLength).Select(w => w.Text)]);
        var names = new List<string>();
        var mention = new PlaceMention(0, kindLength > 0 && words.Count > kindLength ? words[kindLength].Start : 0, place.Length, kind, units);
        if (units.Any(u => u.InHanoi))
        {
            notes.AddRange(PlaceDirectory.Notes(units));
            names.AddRange(AlternativeNames(mention));
            if (names.Count > 0)
            {
                notes.Add($"Tìm cả theo tên trước và sau: {string.Join(", ", names)} (xếp sau kết quả có tên đã gõ).");
            }
        }
        var any = new BooleanQuery(disableCoord: true);
        var typed = kindLength > 0
            ? SpellingsQuery(mention, place, built, build)
            : NameQuery(words.Count > 1 ? place : Phrase(units.FirstOrDefault(u => u.InHanoi)) ?? place, built, build);
        var namesakes = new BooleanQuery(disableCoord: true);
        if (typed is not null)
        {
            any.Add(new ConstantScoreQuery(typed) { Boost = TypedTier }, Occur.SHOULD);
            if (kindLength > 0 && NamesakeReports(mention, typed) is { } reports)
            {
                namesakes.Add(reports, Occur.SHOULD);
            }
        }
        foreach (var name in names)
        {
            if (NameQuery(name, built, build) is { } other)
            {
                any.Add(new ConstantScoreQuery(WrittenAsName(other, name)) { Boost = 0f }, Occur.SHOULD);
            }
        }
        return (built.Rewritten(query => WithNamesakesDemoted(new BooleanQuery(disableCoord: true) { { query, Occur.MUST }, { any, Occur.MUST } }, namesakes)), notes);
    }

    /// <summary>Any of the <see cref="PlaceMention.Spellings"/> of <paramref name="mention"/> in <paramref name="text"/>, as phrases; null when none has words.</summary>
    private static BooleanQuery? SpellingsQuery(PlaceMention mention, string text, BuiltQuery into, Func<SearchRequest, BuiltQuery> build)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var spelling in mention.Spellings(text))
        {
            if (NameQuery(spelling, into, build) is { } phrase)
            {
                any.Add(phrase, Occur.SHOULD);
            }
        }
        return any.Clauses.Count > 0 ? any : null;
    }

    /// <summary>The phrase <paramref name="name"/> over the text fields (its words marked in snippets); null when it has no words.</summary>
    private static Query? NameQuery(string name, BuiltQuery into, Func<SearchRequest, BuiltQuery> build)
    {
        var phrase = build(new SearchRequest { Query = "\"" + name.Replace("\"", "", StringComparison.Ordinal) + "\"" });
        if (phrase.MatchesNothing)
        {
            return null;
        }
        into.Highlights.Phrases.AddRange(phrase.Highlights.Phrases);
        into.Highlights.Words.UnionWith(phrase.Highlights.Words);
        return phrase.Query;
    }

    /// <summary>The query widened to other names of the places it names with a kind word.</summary>
    private (BuiltQuery Built, List<string> Notes) Widen(SearchRequest request, Func<SearchRequest, BuiltQuery> build, Func<Query, int> count)
    {
        var built = build(request);
        var query = request.Query ?? "";
        var mentions = built.MatchesNothing ? [] : Mentions(query);
        if (mentions.Count == 0)
        {
            return (built, []);
        }
        var notes = new List<string>();
        var alternatives = new BooleanQuery(disableCoord: true);
        var named = new BooleanQuery(disableCoord: true);
        var namedAlone = new BooleanQuery(disableCoord: true);
        var namesakes = new BooleanQuery(disableCoord: true);
        foreach (var mention in mentions)
        {
            // In quotes holding more than the place ("UBND phường Láng"), that phrase is the place as typed and the
            // other names take its place in it, with their kind word; the name alone is not that phrase.
            var phrase = QueryParser.PhraseAround(query, mention.Start);
            var inLongerPhrase = phrase is var (open, close)
                && (!string.IsNullOrWhiteSpace(query[(open + 1)..mention.Start]) || !string.IsNullOrWhiteSpace(query[mention.End..close]));
            // The place as typed (a phrase: "quan dong da" in any reading, "quận Đống Đa" as written), its kind word
            // written either way (Q. Ba Đình, quận Ba Đình).
            var asTyped = inLongerPhrase
                ? NameQuery(query[(phrase!.Value.Open + 1)..phrase.Value.Close], built, build)
                : SpellingsQuery(mention, query, built, build);
            if (asTyped is not null)
            {
                named.Add(asTyped, Occur.SHOULD);
                if (NamesakeReports(mention, asTyped) is { } reports)
                {
                    namesakes.Add(reports, Occur.SHOULD);
                }
            }
            notes.AddRange(PlaceDirectory.Notes(mention.Units));
            if (!inLongerPhrase && NameAloneQuery(mention, built, build, count) is { } alone)
            {
                notes.Add($"Tìm cả bài chỉ ghi tên {mention.Units.First(u => u.InHanoi).Name}, không kèm chữ “{mention.Kind}” hoặc với cấp khác (xếp sau kết quả có tên đã gõ).");
                // Only where the place is not named as typed: those articles rank by their own score above it.
                if (asTyped is not null)
                {
                    alone.Add(asTyped, Occur.MUST_NOT);
                }
                namedAlone.Add(alone, Occur.SHOULD);
            }
            var names = AlternativeNames(mention);
            if (names.Count > 0)
            {
                notes.Add($"Tìm cả theo tên trước và sau: {string.Join(", ", names)} (xếp sau kết quả có tên đã gõ).");
            }
            var quote = phrase is null ? "\"" : "";
            foreach (var name in inLongerPhrase ? AlternativeNames(mention, withKind: true) : names)
            {
                var other = build(request with { Query = query[..mention.Start] + quote + name + quote + query[mention.End..] });
                if (!other.MatchesNothing)
                {
                    alternatives.Add(WrittenAsName(other.Query, name), Occur.SHOULD);
                    built.Highlights.Phrases.AddRange(other.Highlights.Phrases);
                    built.Highlights.Words.UnionWith(other.Highlights.Words);
                }
            }
        }
        if (alternatives.Clauses.Count == 0 && namedAlone.Clauses.Count == 0 && namesakes.Clauses.Count == 0)
        {
            return (built, notes);
        }
        alternatives.Boost = AlternativeWeight;
        return (built.Rewritten(query => WithNamesakesDemoted(Widened(query), namesakes)), notes);

        Query Widened(Query query)
        {
            if (alternatives.Clauses.Count == 0 && namedAlone.Clauses.Count == 0)
            {
                return query;
            }
            var widened = new BooleanQuery(disableCoord: true)
            {
                { query, Occur.SHOULD },
                { new ConstantScoreQuery(named.Clauses.Count > 0 ? named : query) { Boost = TypedTier }, Occur.SHOULD },
            };
            if (namedAlone.Clauses.Count > 0)
            {
                widened.Add(namedAlone, Occur.SHOULD);
            }
            if (alternatives.Clauses.Count > 0)
            {
                widened.Add(alternatives, Occur.SHOULD);
            }
            return widened;
        }
    }

    /// <summary>
    /// Articles writing the Hà Nội unit's name of <paramref name="mention"/> as a name (<see cref="ArticleFields.Names"/>
    /// holds each of its pairs), scored <see cref="NameTier"/> plus the name's phrase score; null for a name of one word,
    /// which is a word like any other (<c>Láng</c>), and for a name Hà Nội gives another unit that is not this one
    /// before or after the reforms, nor its seat or the district it seats (<c>thị trấn Đông Anh</c> is in <c>huyện Đông
    /// Anh</c>), unless the archive writes this one far more often (<see cref="WrittenFarMoreOften"/>). When other
    /// provinces use the name too, the article must also name Hà Nội: <c>xã Kim Liên</c> of Nghệ An is not
    /// <c>phường Kim Liên</c>.
    /// </summary>
    private BooleanQuery? NameAloneQuery(PlaceMention mention, BuiltQuery into, Func<SearchRequest, BuiltQuery> build, Func<Query, int> count)
    {
        var typed = mention.Units.Where(u => u.InHanoi).ToList();
        if (typed.Count == 0)
        {
            return null;
        }
        var unit = typed[0];
        var sameName = directory().Units(null, [.. PlaceWords.Split(unit.Name).Select(w => w.Text)]);
        var samePlace = RelatedUnits(typed, wholeOnly: false).Concat(typed).ToHashSet();
        // A district's seat often bears its name (thị trấn Đông Anh in huyện Đông Anh): one place, whichever is meant.
        bool Within(PlaceUnit u) => typed.Any(t => t.Province == u.Province && (u.District == t.FullName || t.District == u.FullName));
        var others = sameName.Where(u => u.InHanoi && !samePlace.Contains(u) && !Within(u)).ToList();
        if (others.Count > 0 && !WrittenFarMoreOften(unit, others, build, count))
        {
            return null;
        }
        var keys = NamePairKeys(unit.Name);
        if (keys.Count == 0 || NameQuery(unit.Name, into, build) is not { } phrase)
        {
            return null;
        }
        // Every pair of the name written as a name, and Hà Nội's when other provinces use the name: terms of the names
        // field, where a phrase of Hà Nội would read the positions of a fifth of the archive.
        var asName = NameKeys(sameName.Any(u => !u.InHanoi) ? keys.Concat(HanoiKeys) : keys, Occur.MUST);
        return new BooleanQuery(disableCoord: true)
        {
            { new ConstantScoreQuery(asName) { Boost = NameTier }, Occur.MUST },
            { phrase, Occur.MUST },
        };
    }

    /// <summary>
    /// True when the archive writes <paramref name="unit"/> with its kind at least <see cref="MinWritten"/> times and
    /// <see cref="DominantRatio"/> times as often as each of <paramref name="others"/>, Hà Nội's other units of that name:
    /// then the name alone means it, as the archive uses it (quận Thanh Xuân, not xã Thanh Xuân of Sóc Sơn). Units of the
    /// same kind and name (phường Quang Trung of Đống Đa, of Hà Đông, of Sơn Tây) cannot be told apart this way.
    /// </summary>
    private static bool WrittenFarMoreOften(PlaceUnit unit, List<PlaceUnit> others, Func<SearchRequest, BuiltQuery> build, Func<Query, int> count)
    {
        if (others.Any(o => o.Kind == unit.Kind))
        {
            return false;
        }
        int Written(PlaceUnit u)
        {
            var phrase = build(new SearchRequest { Query = $"\"{u.Kind} {u.Name}\"" });
            return phrase.MatchesNothing ? 0 : count(phrase.Query);
        }
        var written = Written(unit);
        return written >= MinWritten && others.All(o => written >= DominantRatio * Written(o));
    }

    /// <summary>
    /// <paramref name="query"/>, matching only articles that write each pair of <paramref name="name"/>'s capitalized words
    /// as a name (<see cref="ArticleFields.Names"/>): another name of a place without its kind word is often everyday
    /// words too (<c>Cửa Nam</c>, a ward since 2025, and "cửa nam", a south gate). A name with its kind word stands as
    /// written (<c>phường Láng</c>).
    /// </summary>
    private static Query WrittenAsName(Query query, string name)
    {
        var keys = NamePairKeys(name);
        if (keys.Count == 0 || PlaceWords.KindAt(PlaceWords.Split(name), 0, out _) > 0)
        {
            return query;
        }
        return new BooleanQuery(disableCoord: true) { { query, Occur.MUST }, { new ConstantScoreQuery(NameKeys(keys, Occur.MUST)) { Boost = 0f }, Occur.MUST } };
    }

    /// <summary>
    /// The articles of <paramref name="typed"/> (the place as typed) that name the province or district of a unit outside
    /// Hà Nội bearing the mention's kind and name, and neither Hà Nội nor the Hà Nội unit's district (<c>phường Đống Đa,
    /// TP Quy Nhơn, Bình Định</c>): reports on the namesake. A report naming no city at all (the portal's own) is not one.
    /// Null when no other province has the unit, or its places have no name of two words.
    /// </summary>
    private static BooleanQuery? NamesakeReports(PlaceMention mention, Query typed)
    {
        var elsewhere = mention.Units.Where(u => !u.InHanoi).ToList();
        if (elsewhere.Count == 0)
        {
            return null;
        }
        // "tỉnh Bình Định", "thành phố Quy Nhơn": the kind word in lower case is no part of the name's pairs.
        static IEnumerable<string> Keys(IEnumerable<string?> places)
            => places.OfType<string>().SelectMany(p => NamePairKeys(char.ToLowerInvariant(p[0]) + p[1..]));
        var there = NameKeys(Keys(elsewhere.SelectMany(u => new[] { u.Province, u.District })), Occur.SHOULD);
        if (there.Clauses.Count == 0)
        {
            return null;
        }
        var here = NameKeys(HanoiKeys.Concat(Keys(mention.Units.Where(u => u.InHanoi).Select(u => u.District))), Occur.SHOULD);
        return new BooleanQuery(disableCoord: true) { { typed, Occur.MUST }, { there, Occur.MUST }, { here, Occur.MUST_NOT } };
    }

    /// <summary>
    /// <paramref name="query"/>, where the articles of <paramref name="namesakes"/> keep <see cref="NamesakeWeight"/> of
    /// their score: the notes say the query means the Hà Nội place.
    /// </summary>
    private static Query WithNamesakesDemoted(Query query, BooleanQuery namesakes)
        => namesakes.Clauses.Count == 0 ? query : new BoostingQuery(query, new ConstantScoreQuery(namesakes) { Boost = 0f }, NamesakeWeight);

    /// <summary>
    /// Articles holding all (<see cref="Occur.MUST"/>) or any (<see cref="Occur.SHOULD"/>) of <paramref name="keys"/> in
    /// <see cref="ArticleFields.Names"/>.
    /// </summary>
    private static BooleanQuery NameKeys(IEnumerable<string> keys, Occur occur)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            query.Add(new TermQuery(new Term(ArticleFields.Names, key)), occur);
        }
        return query;
    }

    /// <summary>The keys of <paramref name="name"/> in <see cref="ArticleFields.Names"/>, by the analyzer that indexes it.</summary>
    private static List<string> NamePairKeys(string name)
    {
        using var stream = NamePairs.GetTokenStream(ArticleFields.Names, name);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var keys = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            keys.Add(term.ToString());
        }
        stream.End();
        return [.. keys.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The places <paramref name="query"/> names with a kind word, those with a unit in Hà Nội only.</summary>
    internal List<PlaceMention> Mentions(string query)
    {
        var mentions = new List<PlaceMention>();
        var words = PlaceWords.Split(query);
        for (var i = 0; i < words.Count; i++)
        {
            var kindLength = PlaceWords.KindAt(words, i, out var kind);
            if (kindLength == 0)
            {
                continue;
            }
            var places = directory();
            var first = i + kindLength;
            // The longest name that follows: "phường Láng Hạ" is Láng Hạ, not Láng.
            for (var length = Math.Min(places.LongestName, words.Count - first); length >= 1; length--)
            {
                var units = places.Units(kind, [.. words.Skip(first).Take(length).Select(w => w.Text)]);
                if (units.Any(u => u.InHanoi))
                {
                    mentions.Add(new PlaceMention(words[i].Start, words[first].Start, words[first + length - 1].End, kind, units));
                    i = first + length - 1;
                    break;
                }
            }
        }
        return mentions;
    }

    /// <summary>
    /// The other names of the Hà Nội units mentioned, as phrases: what they were formed from and what they became
    /// (for a district, the wards that took most of it), with the kind word when the name alone is one word or also
    /// names a Hà Nội unit of another kind (<c>phường Đống Đa</c> is not <c>quận Đống Đa</c>), or always with
    /// <paramref name="withKind"/>.
    /// </summary>
    internal List<string> AlternativeNames(PlaceMention mention, bool withKind = false)
    {
        var typed = mention.Units.Where(u => u.InHanoi).ToList();
        var typedKeys = typed.Select(u => (u.Kind, PlaceDirectory.Key(u.Name))).ToHashSet();
        return [.. RelatedUnits(typed, wholeOnly: true)
            .Where(u => !typedKeys.Contains((u.Kind, PlaceDirectory.Key(u.Name))))
            .Select(u => withKind ? $"{u.Kind} {u.Name}" : Phrase(u)!)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxAlternatives)];
    }

    /// <summary>
    /// What <paramref name="units"/> were formed from and became: for a district, the wards that took it (with
    /// <paramref name="wholeOnly"/>, those that took most of it), for a ward both 2025 steps either way.
    /// </summary>
    private static List<PlaceUnit> RelatedUnits(IEnumerable<PlaceUnit> units, bool wholeOnly)
    {
        var related = new List<PlaceUnit>();
        foreach (var unit in units)
        {
            if (unit.Level == "district")
            {
                related.AddRange(PlaceNotes.SuccessorsOf(unit).Where(e => !wholeOnly || !e.Partial).Select(e => e.Other));
                continue;
            }
            Walk(unit, u => u.Predecessors, related);
            Walk(unit, u => u.Successors, related);
        }
        return related;
    }

    private string? Phrase(PlaceUnit? unit)
    {
        if (unit is null)
        {
            return null;
        }
        var words = PlaceWords.Split(unit.Name);
        var otherKind = directory().Units(null, [.. words.Select(w => w.Text)]).Any(u => u.InHanoi && u.Kind != unit.Kind);
        return words.Count == 1 || otherKind ? $"{unit.Kind} {unit.Name}" : unit.Name;
    }

    /// <summary>Every unit reachable from <paramref name="start"/> through <paramref name="links"/> (both 2025 steps).</summary>
    private static void Walk(PlaceUnit start, Func<PlaceUnit, List<PlaceEdge>> links, List<PlaceUnit> into)
    {
        var pending = new Stack<PlaceUnit>([start]);
        while (pending.Count > 0)
        {
            foreach (var edge in links(pending.Pop()))
            {
                if (!into.Contains(edge.Other) && !ReferenceEquals(edge.Other, start))
                {
                    into.Add(edge.Other);
                    pending.Push(edge.Other);
                }
            }
        }
    }
}
