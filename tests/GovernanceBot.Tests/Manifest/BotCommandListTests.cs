using GovernanceBot.BotFramework.Routing;

namespace GovernanceBot.Tests.Manifest;

public sealed class BotCommandListTests
{
    private readonly ManifestCommands _commands = ManifestCommands.Load();

    [Fact]
    public void Bot_is_offered_in_personal_chats_teams_and_group_chats_and_accepts_files_for_catalogue_imports()
    {
        var bot = _commands.Manifest["bots"]![0]!;

        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string)s!));
        Assert.True((bool)bot["supportsFiles"]!);
        Assert.Equal(["groupChat", "personal", "team"], _commands.Lists.SelectMany(l => l.Scopes).Order(StringComparer.Ordinal));
    }

    // The command words the bot routes today; add a row as each feature lands.
    [Theory]
    [InlineData("personal", "aide", "help")]
    [InlineData("team", "aide", "help")]
    [InlineData("groupChat", "aide", "help")]
    [InlineData("personal", "maturité", "maturity")]
    public void Routed_command_is_suggested_in_French_and_English(string scope, string french, string english)
    {
        var command = Assert.Single(_commands.ForScope(scope).Commands, c => c.French == french);

        Assert.Equal(english, command.English);
    }

    [Fact]
    public void Every_command_has_one_English_title_whatever_the_scope()
    {
        var commands = _commands.Lists.SelectMany(l => l.Commands).ToArray();

        Assert.All(commands, c => Assert.False(string.IsNullOrWhiteSpace(c.French), $"'{c.English}' has no French title in fr.json."));
        Assert.All(commands.GroupBy(c => c.French), g => Assert.Single(g.Select(c => c.English).Distinct()));
    }

    [Fact]
    public void No_two_commands_of_a_scope_read_the_same_to_the_router()
    {
        foreach (var list in _commands.Lists)
        {
            // French and English titles of one command may coincide ("copil"); different commands may not.
            var phrases = list.Commands
                .SelectMany(c => new[] { c.French!, c.English }.Select(title => string.Join(' ', CommandText.Words(title))).Distinct())
                .ToArray();
            Assert.Empty(phrases.GroupBy(p => p).Where(g => g.Count() > 1).Select(g => g.Key));
        }
    }
}
