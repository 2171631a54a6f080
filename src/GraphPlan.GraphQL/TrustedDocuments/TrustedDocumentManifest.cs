using System.Text;
using System.Text.Json;

namespace GraphPlan.GraphQL.TrustedDocuments;

/// <summary>
/// Documents by id (<see cref="DocumentId"/>). The file form is one JSON object mapping each id to its document text
/// (<c>{"sha256:…": "query …"}</c>); bare hashes as keys are read too. GraphPlan's own manifest is built from the
/// operations of <c>schema/queries/</c>, embedded in this assembly, so it does not depend on any folder at run time.
/// </summary>
public sealed class TrustedDocumentManifest
{
    private const string EmbeddedPrefix = "GraphPlan.Queries/";

    private static readonly JsonSerializerOptions _indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SortedDictionary<string, string> _documents = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _sources = new(StringComparer.Ordinal);

    /// <summary>Document text by id, ordered by id.</summary>
    public IReadOnlyDictionary<string, string> Documents => _documents;

    /// <summary>Where each document came from (the file's path under its folder), for the ids built from files.</summary>
    public IReadOnlyDictionary<string, string> Sources => _sources;

    /// <summary>The operations of <c>schema/queries/</c> as this build embedded them.</summary>
    public static TrustedDocumentManifest Embedded()
    {
        var manifest = new TrustedDocumentManifest();
        var assembly = typeof(TrustedDocumentManifest).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(EmbeddedPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            manifest.AddBytes(bytes.ToArray(), name[EmbeddedPrefix.Length..]);
        }

        return manifest;
    }

    /// <summary>Every <c>*.graphql</c> file under <paramref name="folder"/>, each by the hash of its exact bytes.</summary>
    public static TrustedDocumentManifest FromFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder} is not a folder");
        }

        var manifest = new TrustedDocumentManifest();
        foreach (var file in Directory.EnumerateFiles(folder, "*.graphql", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            manifest.AddBytes(File.ReadAllBytes(file), Path.GetRelativePath(folder, file).Replace('\\', '/'));
        }

        return manifest;
    }

    /// <summary>Reads a manifest file; every id must be a SHA-256 (its text is checked by <see cref="Mismatches"/>).</summary>
    public static TrustedDocumentManifest Load(string path)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException ex)
        {
            throw new TrustedDocumentManifestException($"{path} is not JSON: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TrustedDocumentManifestException($"the manifest {path} cannot be read: {ex.Message}", ex);
        }

        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new TrustedDocumentManifestException($"{path} must be a JSON object mapping each document id to its text.");
            }

            var manifest = new TrustedDocumentManifest();
            foreach (var entry in json.RootElement.EnumerateObject())
            {
                if (DocumentId.Normalize(entry.Name) is not { } id)
                {
                    throw new TrustedDocumentManifestException($"{path}: '{entry.Name}' is not a document id (sha256:<64 hex digits>).");
                }

                if (entry.Value.ValueKind != JsonValueKind.String)
                {
                    throw new TrustedDocumentManifestException($"{path}: the document of '{entry.Name}' must be a string.");
                }

                manifest._documents[id] = entry.Value.GetString()!;
            }

            return manifest;
        }
    }

    /// <summary>Adds the documents of <paramref name="other"/> (same id, same text by construction of the id).</summary>
    public void Add(TrustedDocumentManifest other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (id, text) in other._documents)
        {
            _documents[id] = text;
        }
    }

    /// <summary>The ids whose text does not hash to them (a hand-edited or corrupted manifest).</summary>
    public IReadOnlyList<string> Mismatches() => [.. _documents.Where(d => DocumentId.Of(d.Value) != d.Key).Select(d => d.Key)];

    /// <summary>The file form: one JSON object, ids in order, UTF-8, ending in a new line.</summary>
    public string ToJson() => JsonSerializer.Serialize(_documents, _indented).ReplaceLineEndings("\n") + "\n";

    private void AddBytes(byte[] bytes, string source)
    {
        var id = DocumentId.Of(bytes);
        _documents[id] = Encoding.UTF8.GetString(bytes);
        _sources[id] = source;
    }
}
