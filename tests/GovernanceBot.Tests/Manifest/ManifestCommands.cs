using System.Text.Json.Nodes;

namespace GovernanceBot.Tests.Manifest;

/// <summary>The bot's command lists as Teams shows them: English titles in manifest.json, French ones in fr.json.</summary>
internal sealed class ManifestCommands
{
    private ManifestCommands(JsonNode manifest, JsonNode french)
    {
        Manifest = manifest;
        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
        Lists = lists.Select((list, l) => new CommandList(
            list!["scopes"]!.AsArray().Select(s => (string)s!).ToArray(),
            list["commands"]!.AsArray().Select((command, c) => new Command(
                French: (string?)french[$"bots[0].commandLists[{l}].commands[{c}].title"],
                English: (string)command!["title"]!)).ToArray())).ToArray();
    }

    public JsonNode Manifest { get; }
    public IReadOnlyList<CommandList> Lists { get; }

    public static ManifestCommands Load() => new(
        JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestPaths.Source, "manifest.json")))!,
        JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestPaths.Source, "fr.json")))!);

    public CommandList ForScope(string scope) => Lists.Single(l => l.Scopes.Contains(scope));

    internal sealed record CommandList(string[] Scopes, Command[] Commands);

    internal sealed record Command(string? French, string English);
}
