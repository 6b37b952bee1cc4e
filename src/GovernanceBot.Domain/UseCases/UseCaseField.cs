using System.Globalization;

namespace GovernanceBot.Domain.UseCases;

/// <summary>
/// One field of the submission wizard: where it sits, how it is checked, and how its value is read from
/// and written into <see cref="UseCaseContent"/> as a canonical string (what cards show and storage keeps).
/// </summary>
public sealed class UseCaseField
{
    private readonly Func<UseCaseContent, string?> _read;
    private readonly Func<UseCaseContent, string?, UseCaseContent> _write;
    private readonly Func<UseCaseContent, bool>? _requiredWhen;

    internal UseCaseField(
        string id,
        WizardStep step,
        FieldKind kind,
        bool required,
        Func<UseCaseContent, string?> read,
        Func<UseCaseContent, string?, UseCaseContent> write,
        int maxLength = 0,
        IReadOnlyList<string>? options = null,
        int minimum = 0,
        int maximum = 0,
        int maxItems = 0,
        Func<UseCaseContent, bool>? requiredWhen = null)
    {
        Id = id;
        Step = step;
        Kind = kind;
        Required = required;
        MaxLength = maxLength;
        Options = options ?? [];
        Minimum = minimum;
        Maximum = maximum;
        MaxItems = maxItems;
        _read = read;
        _write = write;
        _requiredWhen = requiredWhen;
    }

    public string Id { get; }
    public WizardStep Step { get; }
    public FieldKind Kind { get; }

    /// <summary>Always required for submission; see <see cref="IsRequiredIn"/> for fields required only in some cases.</summary>
    public bool Required { get; }

    /// <summary>Most characters for text, URLs and each list item.</summary>
    public int MaxLength { get; }

    /// <summary>Allowed values of choice fields, in display order.</summary>
    public IReadOnlyList<string> Options { get; }

    public int Minimum { get; }
    public int Maximum { get; }
    public int MaxItems { get; }

    /// <summary>True when the field is required, or required because of another answer (conditions when "feasible with conditions"…).</summary>
    public bool IsRequiredIn(UseCaseContent content) => Required || _requiredWhen?.Invoke(content) == true;

    /// <summary>The field's canonical value, or null when empty.</summary>
    public string? ValueIn(UseCaseContent content) => _read(content);

    /// <summary>
    /// Checks a typed value and gives its canonical form (null for an empty value). Returns the error instead
    /// when the value breaks a rule; the content is then left as it was.
    /// </summary>
    public FieldError? TryCanonical(string? raw, out string? canonical)
    {
        canonical = null;
        var text = FieldText.Normalise(raw, multiline: Kind is FieldKind.LongText or FieldKind.Lines);
        if (text.Length == 0) return null;
        switch (Kind)
        {
            case FieldKind.Text or FieldKind.LongText:
                if (text.Length > MaxLength) return new FieldError(Id, FieldErrorCode.TooLong, MaxLength);
                canonical = text;
                return null;
            case FieldKind.Url:
                if (text.Length > MaxLength) return new FieldError(Id, FieldErrorCode.TooLong, MaxLength);
                if (!FieldText.IsWebLink(text)) return new FieldError(Id, FieldErrorCode.NotAUrl);
                canonical = text;
                return null;
            case FieldKind.Number:
                if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                    return new FieldError(Id, FieldErrorCode.NotAWholeNumber);
                if (number < Minimum || number > Maximum) return new FieldError(Id, FieldErrorCode.OutOfRange, Maximum);
                canonical = number.ToString(CultureInfo.InvariantCulture);
                return null;
            case FieldKind.Choice:
                canonical = Options.FirstOrDefault(o => o.Equals(text, StringComparison.OrdinalIgnoreCase));
                return canonical is null ? new FieldError(Id, FieldErrorCode.NotAnOption) : null;
            case FieldKind.MultiChoice:
                return TryCanonicalChoices(text, out canonical);
            case FieldKind.Lines:
                return TryCanonicalLines(text, out canonical);
            default:
                throw new InvalidOperationException($"Field kind {Kind} has no rule.");
        }
    }

    /// <summary>Writes an already canonical value (from <see cref="TryCanonical"/> or storage).</summary>
    public UseCaseContent WithValue(UseCaseContent content, string? canonical) => _write(content, canonical);

    private FieldError? TryCanonicalChoices(string text, out string? canonical)
    {
        canonical = null;
        var picked = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in picked)
        {
            if (!Options.Contains(value, StringComparer.OrdinalIgnoreCase)) return new FieldError(Id, FieldErrorCode.NotAnOption);
            known.Add(value);
        }
        var ordered = Options.Where(known.Contains).ToList();
        canonical = ordered.Count == 0 ? null : string.Join(',', ordered);
        return null;
    }

    private FieldError? TryCanonicalLines(string text, out string? canonical)
    {
        canonical = null;
        var items = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (items.Count > MaxItems) return new FieldError(Id, FieldErrorCode.TooManyItems, MaxItems);
        if (items.Any(item => item.Length > MaxLength)) return new FieldError(Id, FieldErrorCode.TooLong, MaxLength);
        canonical = items.Count == 0 ? null : string.Join('\n', items);
        return null;
    }
}
