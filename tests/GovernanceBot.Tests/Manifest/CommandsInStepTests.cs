using System.Text.RegularExpressions;
using GovernanceBot.BotFramework.Routing;
using GovernanceBot.Modules;
using GovernanceBot.TestSupport;
using GovernanceBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Manifest;

/// <summary>
/// The commands the modules route, the Teams manifest's command lists and the README's command table say the
/// same thing: nothing offered that does not answer, nothing answering that is not offered.
/// </summary>
public sealed partial class CommandsInStepTests : IClassFixture<BotTestHostFixture>
{
    private readonly IReadOnlyList<(BotCommand Command, RouteGuard? Guard)> _routed;
    private readonly ManifestCommands _manifest = ManifestCommands.Load();

    public CommandsInStepTests(BotTestHostFixture fixture)
    {
        // The route table, and with it the catalog, is built with the bot application.
        fixture.Host.Services.GetRequiredService<BotApplication>();
        _routed = fixture.Host.Services.GetRequiredService<CommandCatalog>().Commands;
    }

    private static string Normalised(string phrase) => string.Join(' ', CommandText.Words(phrase));

    [Theory]
    [InlineData("personal")]
    [InlineData("team")]
    [InlineData("groupChat")]
    public void Each_manifest_list_offers_only_commands_that_answer_in_its_scope_help_first_within_the_ten_teams_allows(string scope)
    {
        var answering = _routed
            .Where(r => scope == "personal" || r.Guard?.PersonalChatOnly != true)
            .Select(r => (Normalised(r.Command.Name.Fr), Normalised(r.Command.Name.En)))
            .ToHashSet();

        var offered = _manifest.ForScope(scope).Commands.Select(c => (Normalised(c.French!), Normalised(c.English))).ToList();

        // Teams shows at most ten suggestions per scope; the help card lists everything else.
        Assert.InRange(offered.Count, 1, 10);
        Assert.Equal(("aide", "help"), offered[0]);
        Assert.All(offered, command => Assert.True(answering.Contains(command), $"The manifest offers '{command}' in {scope}, which does not answer there."));
    }

    [Fact]
    public void The_readme_table_names_every_routed_command_in_both_languages_and_nothing_else()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("## What the bot does today", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var firstCells = section.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| say", StringComparison.Ordinal)).Select(l => l.Split('|')[1]);
        var documented = firstCells.SelectMany(cell => Backticked().Matches(cell).Select(m => m.Groups[1].Value))
            .Select(phrase => Normalised(Placeholder().Replace(phrase, "")))
            .ToHashSet();
        var routedPhrases = _routed.SelectMany(r => r.Command.Phrases).Select(Normalised).ToHashSet();

        var undocumented = _routed
            .SelectMany(r => new[] { r.Command.Name.Fr, r.Command.Name.En })
            .Where(name => !documented.Contains(Normalised(name)))
            .Distinct()
            .ToList();
        Assert.Empty(undocumented);
        // A documented phrase must reach a route (the language commands take their argument after the name).
        Assert.All(documented, phrase => Assert.True(
            routedPhrases.Contains(phrase) || routedPhrases.Any(p => phrase.StartsWith(p + " ", StringComparison.Ordinal)),
            $"README documents '{phrase}', which no route answers."));
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Placeholder();
}
