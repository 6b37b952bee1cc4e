using System.Text.Json.Nodes;
using GovernanceBot.AdaptiveCards;

namespace GovernanceBot.Cards;

/// <summary>
/// The pieces every feature builds its cards from, so all cards read as one product: a title, subtle
/// lines, facts, a step indicator, notice and error banners, bulleted lists and button rows.
/// </summary>
public static class CardKit
{
    public static TextBlock Title(string text) => new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder };

    public static TextBlock Subtle(string text) => new(text) { IsSubtle = true, Spacing = Spacing.None };

    /// <summary>A coloured box explaining why the card looks the way it does (stale copy, refused value…).</summary>
    public static Container Notice(string text, ContainerStyle style = ContainerStyle.Warning) => new()
    {
        Id = "notice",
        Style = style,
        Items = [new TextBlock(text) { Weight = TextWeight.Bolder }],
    };

    /// <summary>A red banner: something went wrong and the user must act.</summary>
    public static Container Error(string text) => Notice(text, ContainerStyle.Attention);

    /// <summary>Label/value lines; empty values are left out rather than shown blank.</summary>
    public static FactSet Facts(IEnumerable<(string Label, string? Value)> facts) => new()
    {
        Facts = facts.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => new Fact(f.Label, f.Value!)).ToList(),
    };

    /// <summary>"Step 2 of 6 — Feasibility" with a text bar: where a multi-step card stands (see <see cref="PercentBar"/> for a native bar).</summary>
    public static TextBlock Progress(string label, int step, int total) =>
        new($"{TextBar(total == 0 ? 0 : step * 100 / total, 12)}  {label}") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None };

    /// <summary>
    /// One row per line, a bullet column beside a wrapping text column: unlike a Markdown list, long lines
    /// wrap inside the card in every host instead of running past its right edge.
    /// </summary>
    public static Container Bullets(IEnumerable<string> lines) => new()
    {
        Items =
        [
            .. lines.Select(line => new ColumnSet
            {
                Spacing = Spacing.Small,
                Columns =
                [
                    new Column { Width = "auto", Items = [new TextBlock("•") { Wrap = false }] },
                    new Column { Width = "stretch", Items = [new TextBlock(line)] },
                ],
            }),
        ],
    };

    /// <summary>
    /// A share of a whole on a fixed 0–100 % scale, drawn with Teams' native progress bar; hosts without it
    /// show the text bar. A fixed scale keeps small differences small, unlike a chart scaled to its highest bar.
    /// </summary>
    public static ProgressBar PercentBar(int percentage, string? id = null, int fallbackWidth = 20) => new()
    {
        Id = id,
        Value = Math.Clamp(percentage, 0, 100),
        Max = 100,
        Fallback = CardFallback.To(new TextBlock(TextBar(percentage, fallbackWidth)) { IsSubtle = true, Wrap = false }),
    };

    /// <summary>An Action.Execute button; <paramref name="data"/> is what the handler will read.</summary>
    public static ExecuteAction Button(string title, string verb, JsonObject? data = null, ActionStyle? style = null, bool validateInputs = false) => new()
    {
        Title = title,
        Verb = verb,
        Data = data ?? new JsonObject(),
        Style = style,
        AssociatedInputs = validateInputs ? "auto" : null,
    };

    /// <summary>Buttons laid out in a row inside the card body (the card's own actions stay at the bottom).</summary>
    public static ActionSet ButtonRow(params CardAction[] actions) => new() { Actions = [.. actions] };

    /// <summary>
    /// A bar drawn with block characters: readable in any host, which is why chart fallbacks use it.
    /// </summary>
    public static string TextBar(int percentage, int width = 20)
    {
        var filled = (int)Math.Round(Math.Clamp(percentage, 0, 100) * width / 100.0, MidpointRounding.AwayFromZero);
        return new string('█', filled) + new string('░', width - filled);
    }
}
