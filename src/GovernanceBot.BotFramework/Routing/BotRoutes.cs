using GovernanceBot.BotFramework.Turns;

namespace GovernanceBot.BotFramework.Routing;

/// <summary>
/// The route table features fill in: command words (any language), card verbs, lifecycle events and one
/// fallback for text that matches nothing.
/// </summary>
public sealed class BotRoutes
{
    private readonly List<(string[] Words, TurnHandler Handler)> _commands = [];
    private readonly Dictionary<string, TurnHandler> _verbs = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<TurnHandler> _repeatable = [];
    private readonly Dictionary<string, TurnHandler> _searches = new(StringComparer.Ordinal);
    private readonly List<TurnHandler> _conversationUpdates = [];
    private readonly List<TurnHandler> _installationUpdates = [];

    internal TurnHandler? Fallback { get; private set; }
    internal TurnHandler? UnknownCardAction { get; private set; }
    internal IReadOnlyList<TurnHandler> ConversationUpdates => _conversationUpdates;
    internal IReadOnlyList<TurnHandler> InstallationUpdates => _installationUpdates;

    /// <summary>
    /// Routes a message whose text is, or starts with, one of <paramref name="phrases"/> (case and accents
    /// ignored). The longest matching phrase across all routes wins, so "mes évaluations" beats "mes".
    /// </summary>
    /// <param name="repeatable">
    /// True when running the handler twice for one activity changes nothing and answers the same (help, a
    /// read-only view): a channel retry of such a turn is simply answered again, so the turn skips the
    /// retry bookkeeping (the in-process outcome cache and the shared processed-activity ledger write).
    /// </param>
    public BotRoutes OnCommand(IEnumerable<string> phrases, TurnHandler handler, bool repeatable = false)
    {
        if (repeatable) _repeatable.Add(handler);
        foreach (var phrase in phrases)
        {
            var words = CommandText.Words(phrase);
            if (words.Length == 0) throw new ArgumentException("A command phrase needs at least one word.", nameof(phrases));
            if (_commands.Any(c => c.Words.SequenceEqual(words)))
                throw new InvalidOperationException($"The command '{phrase}' is already routed.");
            _commands.Add((words, handler));
        }
        return this;
    }

    /// <summary>Routes a card action (Action.Execute verb or Action.Submit <c>verb</c> data field).</summary>
    public BotRoutes OnCardAction(string verb, TurnHandler handler, bool repeatable = false)
    {
        if (repeatable) _repeatable.Add(handler);
        if (!_verbs.TryAdd(verb, handler)) throw new InvalidOperationException($"The card verb '{verb}' is already routed.");
        return this;
    }

    /// <summary>Answers the typeahead searches (<c>application/search</c>) of choice sets whose <c>choices.data</c> names <paramref name="dataset"/>.</summary>
    public BotRoutes OnSearch(string dataset, TurnHandler handler)
    {
        if (!_searches.TryAdd(dataset, handler)) throw new InvalidOperationException($"The search dataset '{dataset}' is already routed.");
        return this;
    }

    /// <summary>Answers a card action whose verb no route owns (an old card, a removed feature, a forged click).</summary>
    public BotRoutes OnUnknownCardAction(TurnHandler handler)
    {
        if (UnknownCardAction is not null) throw new InvalidOperationException("Unknown card actions already have an owner.");
        UnknownCardAction = handler;
        return this;
    }

    public BotRoutes OnConversationUpdate(TurnHandler handler) { _conversationUpdates.Add(handler); return this; }

    public BotRoutes OnInstallationUpdate(TurnHandler handler) { _installationUpdates.Add(handler); return this; }

    /// <summary>Handles text that no command matches. It has one owner: a second registration is a wiring mistake.</summary>
    public BotRoutes OnFallback(TurnHandler handler)
    {
        if (Fallback is not null) throw new InvalidOperationException("The fallback route already has an owner.");
        Fallback = handler;
        return this;
    }

    /// <summary>True once a feature owns the fallback.</summary>
    public bool HasFallback => Fallback is not null;

    /// <summary>True for a handler registered as safe to run twice for the same activity.</summary>
    internal bool IsRepeatable(TurnHandler handler) => _repeatable.Contains(handler);

    internal TurnHandler? FindVerb(string verb) => _verbs.GetValueOrDefault(verb);

    internal TurnHandler? FindSearch(string dataset) => _searches.GetValueOrDefault(dataset);

    internal TurnHandler? FindCommand(string text)
    {
        var words = CommandText.Words(text);
        TurnHandler? best = null;
        var bestLength = 0;
        foreach (var (phrase, handler) in _commands)
        {
            if (phrase.Length > words.Length || phrase.Length <= bestLength) continue;
            if (phrase.AsSpan().SequenceEqual(words.AsSpan(0, phrase.Length)))
            {
                best = handler;
                bestLength = phrase.Length;
            }
        }
        return best;
    }
}
