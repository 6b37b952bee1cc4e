namespace GovernanceBot.Identity;

/// <summary>An activity without a sender id: nothing can be stored or authorised for it.</summary>
public sealed class UnidentifiedUserException() : Exception("The activity does not say who sent it.");
