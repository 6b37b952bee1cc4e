namespace GovernanceBot.BotFramework.Authentication;

/// <summary>How the bot's identity is registered in Entra ID (the values of <c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    /// <summary>App registration usable from any tenant; tokens come from the botframework.com tenant.</summary>
    MultiTenant,

    /// <summary>App registration of one tenant (<c>MicrosoftAppTenantId</c>), with a client secret.</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity whose client id is <c>MicrosoftAppId</c>; no secret.</summary>
    UserAssignedMSI,
}
