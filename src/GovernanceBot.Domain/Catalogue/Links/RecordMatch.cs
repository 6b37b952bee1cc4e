namespace GovernanceBot.Domain.Catalogue.Links;

/// <summary>
/// What a typed reference to a record matched: one record for sure (<see cref="IsResolved"/>: its id, an exact
/// name, or the only name holding every typed word), or candidates to choose from, best first, or nothing.
/// </summary>
public sealed record RecordMatch(CatalogueKind Kind, string Text, IReadOnlyList<string> CandidateIds, bool Exact)
{
    /// <summary>True when the text is the record's id or its whole name, not only words its name starts with.</summary>
    public bool Strong { get; init; }

    public bool IsResolved => Exact && CandidateIds.Count == 1;

    public bool IsEmpty => CandidateIds.Count == 0;

    public string Id => IsResolved ? CandidateIds[0] : throw new InvalidOperationException($"'{Text}' does not name one record.");

    public static RecordMatch One(CatalogueKind kind, string text, string id) => new(kind, text, [id], true) { Strong = true };
}
