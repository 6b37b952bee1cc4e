namespace GovernanceBot.Tests.Infrastructure;

/// <summary>A Teams user as the channel describes them.</summary>
public sealed record TestUser(string Id, string AadObjectId, string Name)
{
    public static readonly TestUser Alice = new("29:alice", "00000000-0000-0000-0000-0000000000a1", "Alice Martin");
    public static readonly TestUser Bruno = new("29:bruno", "00000000-0000-0000-0000-0000000000b2", "Bruno Petit");
    public static readonly TestUser Chloe = new("29:chloe", "00000000-0000-0000-0000-0000000000c3", "Chloé Durand");
}
