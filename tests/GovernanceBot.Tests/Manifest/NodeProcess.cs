using GovernanceBot.TestSupport.Processes;

namespace GovernanceBot.Tests.Manifest;

/// <summary>Runs a repository script the way an admin or CI would, without the machine's packaging variables.</summary>
internal static class NodeProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Variables the packaging script reads; cleared so the machine's environment cannot leak in.</summary>
    private static readonly string[] PackagingVariables =
    [
        "BOT_ID", "BOT_DOMAIN", "TEAMS_APP_ID", "SSO_APP_ID", "APP_VERSION", "DEVELOPER_NAME",
        "DEVELOPER_WEBSITE_URL", "DEVELOPER_PRIVACY_URL", "DEVELOPER_TERMS_URL", "PACKAGE_OUT",
    ];

    public static Task<NodeScript.Result> RunAsync(string script, params string[] arguments)
    {
        var start = NodeScript.StartInfo(script, arguments, Path.GetDirectoryName(script));
        foreach (var variable in PackagingVariables) start.Environment.Remove(variable);
        return NodeScript.RunAsync(start, standardInput: null, Timeout);
    }
}
