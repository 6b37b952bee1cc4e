using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Domain.Catalogue.Search;

namespace GovernanceBot.Domain.Catalogue.Links;

/// <summary>
/// Suggests links the catalogues do not state: a use case of the dataset's organisation (its name or code
/// among the dataset's owner and parent) whose data description or system names mention most of the
/// dataset's meaningful name words. Each use case's text is folded once and use cases are grouped by
/// organisation, so the whole catalogue is scored in one pass instead of every pair of records.
/// </summary>
public sealed class LinkSuggester
{
    /// <summary>Share of the dataset name's words a use case must mention to be suggested.</summary>
    public const double Threshold = 0.6;

    /// <summary>Suggestions kept per dataset, best first (answers show at most ten linked use cases).</summary>
    public const int MaxPerDataset = 10;

    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal) { "data", "dataset", "file", "files", "report", "reports", "donnees", "fichier" };

    private readonly Dictionary<string, List<Candidate>> _byOrganisation = new(StringComparer.Ordinal);

    /// <summary>A use case with the distinct folded words of its data description and system names, sorted for prefix look-ups.</summary>
    private sealed record Candidate(CatalogueUseCase UseCase, string[] Words)
    {
        /// <summary>True when some word starts with <paramref name="prefix"/> ("report" is in "reports").</summary>
        public bool Mentions(string prefix)
        {
            var index = Array.BinarySearch(Words, prefix, StringComparer.Ordinal);
            if (index >= 0) return true;
            index = ~index;
            return index < Words.Length && Words[index].StartsWith(prefix, StringComparison.Ordinal);
        }
    }

    public LinkSuggester(IEnumerable<CatalogueUseCase> useCases)
    {
        foreach (var useCase in useCases)
        {
            var name = OrganisationDirectory.FoldName(useCase.OrganisationName);
            var code = OrganisationDirectory.FoldName(useCase.Organisation);
            if (name.Length <= 3 && code.Length <= 1) continue;
            var words = TextFolding.Words(useCase.DataDescription + " " + string.Join(' ', useCase.SystemNames)).Distinct().ToArray();
            Array.Sort(words, StringComparer.Ordinal);
            var candidate = new Candidate(useCase, words);
            if (name.Length > 3) Add(name, candidate);
            if (code.Length > 1 && code != name) Add(code, candidate);
        }
    }

    /// <summary>Every suggestion for <paramref name="datasets"/>, best first within each dataset.</summary>
    public IReadOnlyList<LinkSuggestion> SuggestAll(IEnumerable<CatalogueDataset> datasets) =>
        [.. datasets.SelectMany(Suggest)];

    /// <summary>The suggestions for one dataset, best first (ties by use case name).</summary>
    public IReadOnlyList<LinkSuggestion> Suggest(CatalogueDataset dataset)
    {
        var nameWords = TextFolding.Words(dataset.Name)
            .Where(w => w.Length > 2 && !QuestionVocabulary.StopWords.Contains(w) && !Generic.Contains(w)).Distinct().ToArray();
        if (nameWords.Length < 2) return [];
        var owners = " " + OrganisationDirectory.FoldName(dataset.OwnerOrganisation) + " " + OrganisationDirectory.FoldName(dataset.ParentOrganisation) + " ";
        var candidates = new Dictionary<string, Candidate>(StringComparer.OrdinalIgnoreCase);
        foreach (var (organisation, members) in _byOrganisation)
        {
            if (!owners.Contains(" " + organisation + " ", StringComparison.Ordinal)) continue;
            foreach (var member in members) candidates.TryAdd(member.UseCase.Id, member);
        }
        return [.. candidates.Values
            .Select(c => (c.UseCase, Score: nameWords.Count(c.Mentions) / (double)nameWords.Length))
            .Where(s => s.Score >= Threshold)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.UseCase.Name, StringComparer.OrdinalIgnoreCase)
            .Take(MaxPerDataset)
            .Select(s => new LinkSuggestion(dataset.Id, s.UseCase.Id, Math.Round(s.Score, 4)))];
    }

    private void Add(string organisation, Candidate candidate)
    {
        if (!_byOrganisation.TryGetValue(organisation, out var members)) _byOrganisation[organisation] = members = [];
        members.Add(candidate);
    }
}
