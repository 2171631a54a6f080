using System.Text;
using System.Text.Json;
using GraphPlan.Core.Graph;

namespace GraphPlan.Storage.Embedded;

/// <summary>
/// Reads the JSON of stored rows straight into shared values (<see cref="ValuePool"/>) with a forward-only reader: no
/// intermediate dictionaries, lists or strings per row, which at a million rows were most of the start-up's time and
/// garbage. It takes exactly the shape <see cref="StoredJson"/> writes; anything else (another property order is fine,
/// but an unknown property, a null, a number written as a string...) goes to the serializer, which decides as before.
/// One instance per thread.
/// </summary>
internal sealed class StoredRowReader(ValuePool pool)
{
    private static readonly string[] _entityKinds = Enum.GetNames<EntityKind>();
    private static readonly string[] _bases = Enum.GetNames<Basis>();
    private static readonly string[] _roles = Enum.GetNames<ValueRole>();
    private static readonly string[] _valueKinds = Enum.GetNames<ValueKind>();
    private static readonly string[] _qualifiers = Enum.GetNames<Qualifier>();

    private readonly List<string> _aliases = [];
    private readonly List<string> _pairs = [];
    private readonly List<Measurement> _values = [];
    private readonly List<Provenance> _citations = [];
    private char[] _chars = new char[512];

    public Entity Entity(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (TryEntity(ref reader) is { } entity)
            {
                return entity;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            // Not the written shape: the serializer below reads it or says why not.
        }

        return pool.Entity(StoredJson.ReadEntity(json));
    }

    public IReadOnlyList<Provenance> Citations(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (reader.Read() && TryCitations(ref reader) is { } citations && !reader.Read())
            {
                return citations;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            // As for entities.
        }

        return pool.Citations(StoredJson.ReadProvenance(json));
    }

    /// <summary>Text from the file (UTF-8) as characters in this reader's buffer, valid until its next use.</summary>
    public ReadOnlySpan<char> Text(ReadOnlySpan<byte> utf8)
    {
        if (_chars.Length < utf8.Length)
        {
            _chars = new char[Math.Max(utf8.Length, _chars.Length * 2)];
        }

        return _chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, _chars));
    }

    /// <summary>Text from the file (UTF-8) as a shared string.</summary>
    public string SharedText(ReadOnlySpan<byte> utf8) => pool.String(Text(utf8));

    private Entity? TryEntity(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? id = null, name = null, nameEn = null;
        int kind = -1;
        IReadOnlyList<string> aliases = [];
        IReadOnlyDictionary<string, string> attributes = CompactAttributes.Empty;
        IReadOnlyList<Measurement> values = [];
        IReadOnlyList<Provenance> provenance = [];
        long version = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = Own(ref reader);
            }
            else if (reader.ValueTextEquals("kind"u8))
            {
                kind = Name(ref reader, _entityKinds);
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                name = Own(ref reader);
            }
            else if (reader.ValueTextEquals("nameEn"u8))
            {
                nameEn = Own(ref reader);
            }
            else if (reader.ValueTextEquals("aliases"u8))
            {
                if (TryAliases(ref reader) is not { } read)
                {
                    return null;
                }

                aliases = read;
            }
            else if (reader.ValueTextEquals("attributes"u8))
            {
                if (TryAttributes(ref reader) is not { } read)
                {
                    return null;
                }

                attributes = read;
            }
            else if (reader.ValueTextEquals("values"u8))
            {
                if (TryValues(ref reader) is not { } read)
                {
                    return null;
                }

                values = read;
            }
            else if (reader.ValueTextEquals("provenance"u8))
            {
                if (!reader.Read() || TryCitations(ref reader) is not { } read)
                {
                    return null;
                }

                provenance = read;
            }
            else if (reader.ValueTextEquals("version"u8))
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out version))
                {
                    return null;
                }
            }
            else
            {
                return null;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read() || id is null || name is null || nameEn is null || kind < 0)
        {
            return null;
        }

        return new Entity
        {
            Id = id,
            Kind = (EntityKind)kind,
            Name = name,
            NameEn = nameEn,
            Aliases = aliases,
            Attributes = attributes,
            Values = values,
            Provenance = provenance,
            Version = version,
        };
    }

    private string[]? TryAliases(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        _aliases.Clear();
        while (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            _aliases.Add(pool.String(Chars(ref reader)));
        }

        return reader.TokenType != JsonTokenType.EndArray ? null : _aliases.Count == 0 ? [] : _aliases.ToArray();
    }

    private CompactAttributes? TryAttributes(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        _pairs.Clear();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = pool.String(Chars(ref reader));
            for (var i = 0; i < _pairs.Count; i += 2)
            {
                if (ReferenceEquals(_pairs[i], key))
                {
                    return null;
                }
            }

            if (!reader.Read() || reader.TokenType != JsonTokenType.String)
            {
                return null;
            }

            _pairs.Add(key);
            _pairs.Add(pool.String(Chars(ref reader)));
        }

        return reader.TokenType == JsonTokenType.EndObject ? pool.Attributes(_pairs) : null;
    }

    private Measurement[]? TryValues(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        _values.Clear();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            int? year = null;
            int role = -1, valueKind = (int)ValueKind.Number, qualifier = (int)Qualifier.Exact;
            string? text = null, unit = null;
            decimal? value = null;
            var aspirational = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("year"u8))
                {
                    if (!reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var y))
                    {
                        return null;
                    }

                    year = y;
                }
                else if (reader.ValueTextEquals("role"u8))
                {
                    role = Name(ref reader, _roles);
                }
                else if (reader.ValueTextEquals("text"u8))
                {
                    text = Shared(ref reader);
                }
                else if (reader.ValueTextEquals("kind"u8))
                {
                    valueKind = Name(ref reader, _valueKinds);
                }
                else if (reader.ValueTextEquals("value"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        value = null;
                    }
                    else if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number))
                    {
                        value = number;
                    }
                    else
                    {
                        return null;
                    }
                }
                else if (reader.ValueTextEquals("unit"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        unit = null;
                    }
                    else if (reader.TokenType == JsonTokenType.String)
                    {
                        unit = pool.String(Chars(ref reader));
                    }
                    else
                    {
                        return null;
                    }
                }
                else if (reader.ValueTextEquals("qualifier"u8))
                {
                    qualifier = Name(ref reader, _qualifiers);
                }
                else if (reader.ValueTextEquals("aspirational"u8))
                {
                    reader.Read();
                    if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
                    {
                        return null;
                    }

                    aspirational = reader.GetBoolean();
                }
                else
                {
                    return null;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || year is null || role < 0 || text is null)
            {
                return null;
            }

            _values.Add(pool.Measurement(year.Value, (ValueRole)role, text, (ValueKind)valueKind, value, unit, (Qualifier)qualifier, aspirational));
        }

        return reader.TokenType != JsonTokenType.EndArray ? null : _values.Count == 0 ? [] : _values.ToArray();
    }

    /// <summary>A citation list, the reader on its opening bracket; null when it is not the written shape.</summary>
    private IReadOnlyList<Provenance>? TryCitations(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        _citations.Clear();
        Provenance[]? alone = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            string? section = null, quote = null, source = null;
            var basis = (int)Basis.Stated;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("section"u8))
                {
                    section = Shared(ref reader);
                }
                else if (reader.ValueTextEquals("quote"u8))
                {
                    quote = Shared(ref reader);
                }
                else if (reader.ValueTextEquals("basis"u8))
                {
                    basis = Name(ref reader, _bases);
                }
                else if (reader.ValueTextEquals("source"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        source = null;
                    }
                    else if (reader.TokenType == JsonTokenType.String)
                    {
                        source = pool.String(Chars(ref reader));
                    }
                    else
                    {
                        return null;
                    }
                }
                else
                {
                    return null;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || section is null || quote is null)
            {
                return null;
            }

            alone = pool.Citation(section, quote, (Basis)basis, source);
            _citations.Add(alone[0]);
        }

        if (reader.TokenType != JsonTokenType.EndArray)
        {
            return null;
        }

        return _citations.Count == 1 ? alone! : pool.Citations(_citations);
    }

    /// <summary>The next value as one of <paramref name="names"/> (its index); anything else is not the written shape.</summary>
    private int Name(ref Utf8JsonReader reader, string[] names)
    {
        var text = Chars(ref reader, next: true);
        for (var i = 0; i < names.Length; i++)
        {
            if (text.SequenceEqual(names[i]))
            {
                return i;
            }
        }

        throw new JsonException("not a name this reader takes");
    }

    /// <summary>The next value as a new string (ids and names: not repeated between rows).</summary>
    private string Own(ref Utf8JsonReader reader) => new(Chars(ref reader, next: true));

    /// <summary>The next value as a shared string.</summary>
    private string Shared(ref Utf8JsonReader reader) => pool.String(Chars(ref reader, next: true));

    /// <summary>The next token, which must be a string, unescaped into this reader's buffer.</summary>
    private ReadOnlySpan<char> Chars(ref Utf8JsonReader reader, bool next)
    {
        if (next && (!reader.Read() || reader.TokenType != JsonTokenType.String))
        {
            throw new JsonException("not a string where this reader takes one");
        }

        return Chars(ref reader);
    }

    /// <summary>The current string or property name, unescaped into this reader's buffer (valid until the next call).</summary>
    private ReadOnlySpan<char> Chars(ref Utf8JsonReader reader)
    {
        if (_chars.Length < reader.ValueSpan.Length)
        {
            _chars = new char[Math.Max(reader.ValueSpan.Length, _chars.Length * 2)];
        }

        return _chars.AsSpan(0, reader.CopyString(_chars));
    }
}
