namespace GovernanceBot.AdaptiveCards;

/// <summary>
/// The card name of an enum value ("ExtraLarge" → "extraLarge"). Card enums are written through these string
/// properties rather than a generic enum converter: the serializer's generic code instantiated over each enum
/// (and its nullable) cannot be compiled ahead of time, so the first card after a start paid for hundreds of
/// just-in-time compilations.
/// </summary>
internal static class CardEnum
{
    public static string? Name(Enum? value)
    {
        if (value is null) return null;
        var name = value.ToString();
        return name.Length == 0 || char.IsLower(name[0]) ? name : string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));
    }
}
