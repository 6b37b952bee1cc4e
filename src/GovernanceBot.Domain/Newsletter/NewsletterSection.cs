namespace GovernanceBot.Domain.Newsletter;

/// <summary>One section of an issue: its title and text as the comms team last left them, and where its facts came from.</summary>
public sealed record NewsletterSection(string Id, SectionKind Kind, string Title, string Body, IReadOnlyList<FactSource> Sources)
{
    public const int TitleLength = 120;
    public const int BodyLength = 4000;

    public bool Equals(NewsletterSection? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Title == other.Title && Body == other.Body && Sources.SequenceEqual(other.Sources);

    public override int GetHashCode() => HashCode.Combine(Id, Title, Body);
}
