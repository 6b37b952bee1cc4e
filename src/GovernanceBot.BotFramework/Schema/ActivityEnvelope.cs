using System.Text.Json;

namespace GovernanceBot.BotFramework.Schema;

/// <summary>
/// The two fields authentication needs (a channel token is endorsed for a channel and names its service
/// URL), read from the raw body without parsing the rest of the activity, so that nothing of an
/// unauthenticated body is deserialized or described back to its sender.
/// </summary>
public sealed class ActivityEnvelope
{
    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }

    /// <summary>
    /// Scans the top-level properties only. Anything unreadable (not JSON, not an object, a repeated or
    /// non-string field) leaves the field null, which no channel token accepts.
    /// </summary>
    public static ActivityEnvelope Read(ReadOnlySpan<byte> body)
    {
        var envelope = new ActivityEnvelope();
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return envelope;
            bool channelSeen = false, serviceSeen = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // The full parse matches names case-insensitively, so this must too.
                var name = reader.GetString();
                reader.Read();
                if (string.Equals(name, "channelId", StringComparison.OrdinalIgnoreCase)) envelope.ChannelId = Take(ref reader, ref channelSeen);
                else if (string.Equals(name, "serviceUrl", StringComparison.OrdinalIgnoreCase)) envelope.ServiceUrl = Take(ref reader, ref serviceSeen);
                else reader.Skip();
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return new ActivityEnvelope();
        }
        return envelope;
    }

    /// <summary>A field given twice is ambiguous: it counts as missing.</summary>
    private static string? Take(ref Utf8JsonReader reader, ref bool seen)
    {
        var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        reader.Skip();
        if (seen) return null;
        seen = true;
        return value;
    }
}
