namespace GovernanceBot.Domain.UseCases;

/// <summary>How a wizard field is typed in and checked.</summary>
public enum FieldKind
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Several lines of text.</summary>
    LongText,

    /// <summary>An absolute http(s) link.</summary>
    Url,

    /// <summary>A whole number within the field's range.</summary>
    Number,

    /// <summary>One of the field's options.</summary>
    Choice,

    /// <summary>Any number of the field's options (comma-separated, as Adaptive Cards send them).</summary>
    MultiChoice,

    /// <summary>A list typed one item per line.</summary>
    Lines,
}
