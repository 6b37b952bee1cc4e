using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using GovernanceBot.BotFramework.Connector;

namespace GovernanceBot.BotFramework.Schema;

/// <summary>The one set of JSON options used for everything that crosses the Bot Framework wire.</summary>
public static class ProtocolJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // A repeated key is ambiguous (which verb did the user click?): reject the whole activity.
        AllowDuplicateProperties = false,
        Converters = { new TolerantListConverterFactory() },
        // Compile-time metadata for the wire types: the first turn after a start does not pay for reflecting over
        // them. Anything else (an error body) still goes through reflection.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ProtocolJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };
}

[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(IReadOnlyList<Activity>))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ConnectorClient.ResourceResponse))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class ProtocolJsonContext : JsonSerializerContext;
