namespace GovernanceBot.TestSupport.Playground;

/// <summary>A person of the Playground's fake tenant (what the bot sees in <c>from</c> and member lists).</summary>
public sealed record PlaygroundUser(string Id, string GivenName, string Surname, string AadObjectId)
{
    public string Name => $"{GivenName} {Surname}";

    public string Email => $"{GivenName}.{Surname}@contoso.example".ToLowerInvariant();
}
