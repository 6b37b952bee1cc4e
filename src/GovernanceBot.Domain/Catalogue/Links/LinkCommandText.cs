using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Domain.Catalogue.Search;

namespace GovernanceBot.Domain.Catalogue.Links;

/// <summary>
/// The readings of what follows "lier" / "link": which words name the use case, which the dataset, and the
/// role if one was said. "UC-2026-0042 ; Réclamations clients", "GRP-CHURN utilise DS-CLIENTS", "Fraud
/// detection uses Card transactions", "UC-2026-0042 Réclamations clients produit" all read; when nothing marks
/// the boundary every place between two words is a reading, and the catalogues decide (see <see cref="LinkResolver"/>).
/// </summary>
public static class LinkCommandText
{
    /// <summary>How a reading found the boundary between the two names, most explicit first.</summary>
    public enum Boundary
    {
        Separator,
        RoleWord,
        Connective,
        Between,
    }

    public sealed record Reading(string UseCase, string Dataset, DatasetRole? Role, Boundary How);

    private static readonly string[] Separators = [";", "|", "→", "->", "=>"];

    private static readonly Dictionary<string, DatasetRole> RoleWords = new(StringComparer.Ordinal)
    {
        ["produit"] = DatasetRole.Produces, ["produces"] = DatasetRole.Produces, ["genere"] = DatasetRole.Produces, ["generates"] = DatasetRole.Produces,
        ["utilise"] = DatasetRole.Consumes, ["uses"] = DatasetRole.Consumes, ["consomme"] = DatasetRole.Consumes, ["consumes"] = DatasetRole.Consumes,
        ["lit"] = DatasetRole.Consumes, ["reads"] = DatasetRole.Consumes,
    };

    /// <summary>Words that join the two names ("lier X à Y", "link X to Y").</summary>
    private static readonly HashSet<string> Connectives = new(StringComparer.Ordinal) { "a", "au", "aux", "avec", "to", "with", "and", "et" };

    /// <summary>The role a word names, if it is one of the role words (FR or EN).</summary>
    public static DatasetRole? RoleOf(string word) =>
        RoleWords.TryGetValue(string.Join(' ', TextFolding.Words(word)), out var role) ? role : null;

    /// <summary>Every reading of <paramref name="text"/>, most explicit first.</summary>
    public static IReadOnlyList<Reading> Readings(string text)
    {
        foreach (var separator in Separators) text = text.Replace(separator, " ; ", StringComparison.Ordinal);
        var tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var readings = new List<Reading>();
        // A role word last ("… produit") is the role; the reading without it is kept too ("Référentiel produit").
        if (tokens.Length > 2 && RoleOf(tokens[^1]) is { } trailing) Add(readings, tokens[..^1], trailing);
        Add(readings, tokens, null);
        return [.. readings.OrderBy(r => r.How).Distinct()];
    }

    private static void Add(List<Reading> readings, string[] tokens, DatasetRole? role)
    {
        var separator = Array.IndexOf(tokens, ";");
        if (separator >= 0)
        {
            var rest = tokens[(separator + 1)..].Where(t => t != ";").ToArray();
            // "X ; utilise Y": a role word right after the separator.
            var leading = rest.Length > 1 ? RoleOf(rest[0]) : null;
            readings.Add(new Reading(Join(tokens[..separator]), Join(leading is null ? rest : rest[1..]), role ?? leading, Boundary.Separator));
            return;
        }
        for (var i = 1; i < tokens.Length - 1; i++)
        {
            if (RoleOf(tokens[i]) is { } middle) readings.Add(new Reading(Join(tokens[..i]), Join(tokens[(i + 1)..]), role ?? middle, Boundary.RoleWord));
            if (Connectives.Contains(string.Join(' ', TextFolding.Words(tokens[i])))) readings.Add(new Reading(Join(tokens[..i]), Join(tokens[(i + 1)..]), role, Boundary.Connective));
        }
        for (var i = 1; i < tokens.Length; i++) readings.Add(new Reading(Join(tokens[..i]), Join(tokens[i..]), role, Boundary.Between));
    }

    private static string Join(IEnumerable<string> tokens) => string.Join(' ', tokens);
}
