using GovernanceBot.Domain;
using GovernanceBot.Domain.Newsletter;
using GovernanceBot.Domain.Newsletter.Facts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Newsletter.Polish;

/// <summary>
/// Asks the configured LLM (any <see cref="IChatClient"/>: Azure OpenAI or an OpenAI-compatible endpoint) to
/// rewrite one section for tone and concision, then checks the rewrite kept every fact before anyone sees it
/// as a proposal. Without an LLM it says so; a slow or failing LLM never blocks the draft.
/// </summary>
public sealed class SectionPolisher(IServiceProvider services, IOptions<NewsletterOptions> options, ILogger<SectionPolisher> logger)
{
    public const int MaxRewriteLength = NewsletterSection.BodyLength;

    private IChatClient? _chat;
    private bool _resolved;

    public bool IsAvailable => Chat is not null;

    /// <summary>Resolved on first use, so a bot without an LLM never loads the AI client libraries.</summary>
    private IChatClient? Chat
    {
        get
        {
            // Two first callers may both resolve it: the container hands them the same singleton.
            if (!Volatile.Read(ref _resolved))
            {
                _chat = ResolveChat(services);
                Volatile.Write(ref _resolved, true);
            }
            return _chat;
        }
    }

    public async Task<PolishResult> PolishAsync(NewsletterSection section, Language language, CancellationToken cancellationToken)
    {
        if (Chat is not { } chat) return new PolishResult(PolishStatus.Unavailable);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, options.Value.PolishTimeoutSeconds)));
        string rewrite;
        try
        {
            var response = await chat.GetResponseAsync(Prompt(section, language), new ChatOptions { Temperature = 0.2f }, timeout.Token);
            rewrite = response.Text.Trim();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The LLM did not polish section {Section} within {Seconds} s.", section.Id, options.Value.PolishTimeoutSeconds);
            return new PolishResult(PolishStatus.TimedOut);
        }
        catch (Exception exception) when (exception is HttpRequestException or System.ClientModel.ClientResultException or InvalidOperationException)
        {
            logger.LogWarning(exception, "The LLM failed to polish section {Section}.", section.Id);
            return new PolishResult(PolishStatus.Failed);
        }

        if (rewrite.Length == 0 || rewrite.Length > MaxRewriteLength) return new PolishResult(PolishStatus.Failed);
        var check = FactCheck.Compare(section.Body, rewrite, language);
        return new PolishResult(check.Preserved ? PolishStatus.Proposed : PolishStatus.FactsChanged, rewrite, check);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static IChatClient? ResolveChat(IServiceProvider services) => services.GetService<IChatClient>();

    /// <summary>The instruction stays in English (models follow it best); the answer must be in the section's language.</summary>
    private static List<ChatMessage> Prompt(NewsletterSection section, Language language) =>
    [
        new(ChatRole.System,
            "You edit sections of an internal data-science newsletter. Rewrite the text the user gives for a warm, clear tone and " +
            "concision. Keep every name, number, date, identifier and link exactly as given; add no fact, name or figure. " +
            $"Answer in {(language == Language.English ? "English" : "French")} with the rewritten text only, no preamble, no title."),
        new(ChatRole.User, section.Body),
    ];
}
