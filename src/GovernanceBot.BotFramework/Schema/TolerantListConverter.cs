using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovernanceBot.BotFramework.Schema;

/// <summary>
/// Lists of objects on the wire (entities, attachments, members added…) are read leniently: a null or an
/// item that is not a JSON object is dropped instead of failing the turn later, wherever the list is read.
/// The rest of the activity stays strict: a wrong type outside a list is still a malformed activity.
/// </summary>
internal sealed class TolerantListConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType
        && typeToConvert.GetGenericTypeDefinition() == typeof(List<>)
        && typeToConvert.GetGenericArguments()[0] is { IsValueType: false } item
        && item != typeof(string);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(TolerantListConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class TolerantListConverter<T> : JsonConverter<List<T>> where T : class
    {
        public override List<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null) return null;
            if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("Expected an array of objects.");

            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                    continue;
                }
                if (JsonSerializer.Deserialize<T>(ref reader, options) is { } item) items.Add(item);
            }
            return items;
        }

        public override void Write(Utf8JsonWriter writer, List<T> value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var item in value)
            {
                if (item is not null) JsonSerializer.Serialize(writer, item, options);
            }
            writer.WriteEndArray();
        }
    }
}
