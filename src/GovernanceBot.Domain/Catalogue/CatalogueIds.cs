using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace GovernanceBot.Domain.Catalogue;

/// <summary>
/// Stable record ids: the same source row gets the same id on every import, so a re-import updates
/// instead of duplicating. Source ids are kept when they are short and safe; otherwise the id is a hash
/// of what identifies the row at its source.
/// </summary>
public static partial class CatalogueIds
{
    public const int MaxLength = 64;

    /// <summary>Placeholders some sources put where an id should be.</summary>
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "tbd", "n/a", "na", "none", "null", "-", "unknown", "tba",
    };

    /// <summary>The given id if usable as is, otherwise null.</summary>
    public static string? Usable(string? sourceId)
    {
        var id = sourceId?.Trim();
        if (string.IsNullOrEmpty(id) || Placeholders.Contains(id) || id.Length > MaxLength || !SafeId().IsMatch(id)) return null;
        return id;
    }

    /// <summary>
    /// A use case id: the source id (prefixed with the organisation when it does not already start with
    /// it, because bare numbers repeat across agencies), else a hash of organisation, hub and name.
    /// </summary>
    public static string ForUseCase(string organisation, string? sourceId, string hub, string name)
    {
        var org = Usable(organisation.Replace(' ', '-'));
        var id = Usable(sourceId);
        if (id is not null)
        {
            if (org is null || id.StartsWith(org, StringComparison.OrdinalIgnoreCase)) return id;
            var prefixed = org + "-" + id;
            if (prefixed.Length <= MaxLength) return prefixed;
        }
        return "UC-" + Hash(organisation, hub, name);
    }

    /// <summary>A dataset id: the source identifier when short and safe, else a hash of it.</summary>
    public static string ForDataset(string? sourceId, string organisation, string name) =>
        Usable(sourceId) ?? "DS-" + (string.IsNullOrWhiteSpace(sourceId) ? Hash(organisation, name) : ExactHash(sourceId.Trim()));

    private static string Hash(params string[] parts)
    {
        var key = string.Join('\u001f', parts.Select(p => Normalise(p)));
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexString(digest, 0, 6);
    }

    /// <summary>Source identifiers may differ only by case, so they are hashed as written.</summary>
    private static string ExactHash(string identifier) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(identifier)), 0, 6);

    private static string Normalise(string value) => Spaces().Replace(value.Trim().ToLowerInvariant(), " ");

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._:\-]*$")]
    private static partial Regex SafeId();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
