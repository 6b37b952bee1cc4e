namespace GovernanceBot.Delivery.Channels;

/// <summary>The purposes a channel can be registered for; a hub's channel is "hub:" + the hub id.</summary>
public static class ChannelPurposes
{
    public const string Copil = "copil";
    public const string Central = "central";
    public const string Newsletter = "newsletter";
    public const string HubPrefix = "hub:";

    public static readonly IReadOnlyList<string> Fixed = [Copil, Central, Newsletter];

    public static string ForHub(string hubId) => HubPrefix + hubId;
}
