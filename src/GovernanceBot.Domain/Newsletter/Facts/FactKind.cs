namespace GovernanceBot.Domain.Newsletter.Facts;

/// <summary>The kinds of fact a polished text must keep as they were.</summary>
public enum FactKind
{
    Name,
    Number,
    Date,
    Identifier,
    Link,
}
