using System.Globalization;
using System.Runtime.ExceptionServices;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GraphPlan.Storage.Embedded;

/// <summary>
/// The durable half of the embedded store: one SQLite file in WAL mode with synchronous=FULL, so a committed
/// transaction survives a crash or power loss. Only writes and the start-up load touch it.
/// </summary>
internal sealed class SqliteGraphFile : IDisposable
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = FULL;
        PRAGMA cache_size = -65536;
        CREATE TABLE IF NOT EXISTS entity (
            id   TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            body TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS relationship (
            source     TEXT NOT NULL,
            kind       TEXT NOT NULL,
            target     TEXT NOT NULL,
            provenance TEXT NOT NULL,
            PRIMARY KEY (source, kind, target)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS relationship_by_target ON relationship (target);
        CREATE TABLE IF NOT EXISTS audit (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT,
            at       TEXT NOT NULL,
            actor    TEXT NOT NULL,
            action   TEXT NOT NULL,
            subject  TEXT NOT NULL,
            version  INTEGER,
            before   TEXT,
            after    TEXT
        );
        CREATE INDEX IF NOT EXISTS audit_by_subject ON audit (subject, sequence);
        """;

    /// <summary>Added after the first release of the audit table, so older files gain it on open.</summary>
    private const string IdempotencyColumn = """
        ALTER TABLE audit ADD COLUMN idempotency_key TEXT;
        """;

    /// <summary>What the keyed request asked for (<see cref="ContentFingerprint.Of(Curation)"/>), so a reused key with another change is refused.</summary>
    private const string FingerprintColumn = """
        ALTER TABLE audit ADD COLUMN request_fingerprint TEXT;
        """;

    /// <summary>Added with relationship reasoning, so older files gain it on open (null: no reasoning).</summary>
    private const string ReasoningColumn = """
        ALTER TABLE relationship ADD COLUMN reasoning TEXT;
        """;

    private const string IdempotencyIndex = """
        CREATE UNIQUE INDEX IF NOT EXISTS audit_by_idempotency_key ON audit (actor, idempotency_key) WHERE idempotency_key IS NOT NULL;
        """;

    /// <summary>Above this many rows a write is sorted by key first, so SQLite appends to its B-trees instead of splitting pages all over.</summary>
    private const int SortedWriteThreshold = 1000;

    /// <summary>Rows read (and parsed in parallel) at a time on start-up.</summary>
    private const int LoadBatch = 8192;

    private static readonly byte[] _sqliteHeader = "SQLite format 3\0"u8.ToArray();

    private static readonly Dictionary<string, RelationshipKind> _relationshipKinds = Enum.GetValues<RelationshipKind>().ToDictionary(k => k.ToString(), StringComparer.Ordinal);
    private static readonly Dictionary<string, RelationshipKind>.AlternateLookup<ReadOnlySpan<char>> _relationshipKindsBySpan = _relationshipKinds.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string[] _entityKindNames = Enum.GetValues<EntityKind>().Select(k => k.ToString()).ToArray();
    private static readonly string[] _relationshipKindNames = Enum.GetValues<RelationshipKind>().Select(k => k.ToString()).ToArray();

    private readonly string _path;
    private readonly string _fullPath;
    private readonly long _loadBytes;

    /// <summary>SQLite's quick_check of an existing file, run while the graph is read (null: nothing to check).</summary>
    private Task<StoreFileException?>? _check;

    /// <summary>The read-only connection the load of an existing file reads through while it is being checked.</summary>
    private SqliteConnection? _reader;

    /// <summary>The log and index files the read-only connections created, removed again before the file is opened for writing.</summary>
    private readonly List<string> _created = [];

    private SqliteConnection? _connection;

    /// <summary>
    /// Opens the file. An existing one is first refused if it is not a whole, writable SQLite database; its
    /// quick_check runs while <see cref="LoadInto"/> reads it (read-only), and it is opened for writing only once the
    /// check has passed.
    /// </summary>
    public SqliteGraphFile(string path)
    {
        _path = path;
        _fullPath = Path.GetFullPath(path);
        if (!File.Exists(_fullPath))
        {
            OpenForWriting();
            return;
        }

        _created = CheckHeaders(_fullPath);
        _loadBytes = new FileInfo(_fullPath).Length;
        _check = Task.Factory.StartNew(() => QuickCheck(_fullPath), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            _reader = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _fullPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            _reader.Open();
        }
        catch (SqliteException)
        {
            // The check says why (it opens the same way); the file is read through the writing connection then.
            _reader?.Dispose();
            _reader = null;
        }
    }

    /// <summary>The writing connection, opened (after the check) when first needed.</summary>
    private SqliteConnection Connection => _connection ?? OpenForWriting();

    /// <summary>The settings a committed write's durability rests on, as this connection runs them.</summary>
    internal (string JournalMode, long Synchronous) Durability()
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        var journal = (string)command.ExecuteScalar()!;
        command.CommandText = "PRAGMA synchronous";
        return (journal, (long)command.ExecuteScalar()!);
    }

    /// <summary>
    /// Refuses a file that is not a whole, writable SQLite database before anything opens it for writing (which would
    /// fill an empty file, or let SQLite reset a damaged log): empty, a wrong header, a write-ahead log without its
    /// header, or read-only. Returns the files a read-only connection will create (removed again before writing).
    /// </summary>
    private static List<string> CheckHeaders(string path)
    {
        var length = new FileInfo(path).Length;
        if (length == 0)
        {
            throw new StoreFileException(path, "it is empty (0 bytes), not a GraphPlan database; move it away to start a new store from the seed");
        }

        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            var header = new byte[_sqliteHeader.Length];
            if (length < 100 || file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !header.AsSpan().SequenceEqual(_sqliteHeader))
            {
                throw new StoreFileException(path, $"it is not a SQLite database ({length} bytes without the SQLite header)");
            }
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new StoreFileException(path, "it is read-only; the store must be able to write it", ex);
        }

        var log = path + "-wal";
        if (File.Exists(log) && new FileInfo(log).Length is > 0 and var logLength && !HasLogHeader(log, logLength))
        {
            throw new StoreFileException(path, $"its write-ahead log {log} is damaged ({logLength} bytes without a valid header); restore both files from a backup");
        }

        // A read-only connection to a WAL file still creates an empty log and its index.
        return new[] { log, path + "-shm" }.Where(f => !File.Exists(f)).ToList();
    }

    /// <summary>SQLite's quick_check (torn or overwritten pages) through a read-only connection: why the file is refused, or null.</summary>
    private static StoreFileException? QuickCheck(string path)
    {
        try
        {
            using var check = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            check.Open();
            using var command = check.CreateCommand();
            command.CommandText = "PRAGMA quick_check(3)";
            using var reader = command.ExecuteReader();
            var findings = new List<string>();
            while (reader.Read())
            {
                findings.Add(reader.GetString(0));
            }

            return findings is ["ok"] ? null : new StoreFileException(path, $"it is damaged (SQLite quick_check: {string.Join("; ", findings)}); restore it from a backup");
        }
        catch (SqliteException ex)
        {
            return new StoreFileException(path, $"SQLite cannot read it ({ex.Message}); restore it from a backup", ex);
        }
    }

    /// <summary>Waits for the check, closes the read-only connections and removes what they created; throws when the check failed.</summary>
    private void FinishCheck()
    {
        if (_check is null)
        {
            return;
        }

        var refused = _check.GetAwaiter().GetResult();
        _check = null;
        _reader?.Dispose();
        _reader = null;
        foreach (var file in _created.Where(f => File.Exists(f) && (f.EndsWith("-shm", StringComparison.Ordinal) || new FileInfo(f).Length == 0)))
        {
            File.Delete(file);
        }

        if (refused is not null)
        {
            throw refused;
        }
    }

    private SqliteConnection OpenForWriting()
    {
        FinishCheck();
        var directory = Path.GetDirectoryName(_fullPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Execute(connection, Schema);
            if (!HasColumn(connection, "audit", "idempotency_key"))
            {
                Execute(connection, IdempotencyColumn);
            }

            if (!HasColumn(connection, "audit", "request_fingerprint"))
            {
                Execute(connection, FingerprintColumn);
            }

            Execute(connection, IdempotencyIndex);
            if (!HasColumn(connection, "relationship", "reasoning"))
            {
                Execute(connection, ReasoningColumn);
            }
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreFileException(_fullPath, $"SQLite refused it ({ex.Message})", ex);
        }

        return _connection = connection;
    }

    private static bool HasLogHeader(string log, long length)
    {
        if (length < 32)
        {
            return false;
        }

        using var file = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var magic = new byte[4];
        file.ReadExactly(magic);
        return magic is [0x37, 0x7f, 0x06, 0x82 or 0x83];
    }

    /// <summary>
    /// Reads the whole graph into <paramref name="index"/>. Rows are copied in batches from SQLite's own buffers (no
    /// object per row); <paramref name="workers"/> threads (default: one per core) take turns reading a batch, read the
    /// JSON of their batches into shared values at the same time (<see cref="StoredRowReader"/>), and apply them to
    /// the index in the order the batches were read, so the graph is the same as one thread reading row by row.
    /// </summary>
    public void LoadInto(GraphIndex index, int workers = 0, int batchRows = LoadBatch)
    {
        workers = workers > 0 ? workers : Environment.ProcessorCount;
        var quiet = QuietCollector.Start(_loadBytes);
        try
        {
            // An existing file is read through the read-only connection while it is checked; one whose check fails is
            // refused for that, whatever its rows made of the load.
            var connection = _reader ?? Connection;
            if (HasTable(connection, "entity") && HasTable(connection, "relationship"))
            {
                Load(connection, index, workers, batchRows);
            }
        }
        catch (Exception) when (_check is not null)
        {
            FinishCheck();
            throw;
        }
        finally
        {
            quiet.End();
        }

        _ = Connection;
    }

    private static void Load(SqliteConnection connection, GraphIndex index, int workers, int batchRows)
    {
        var pool = new ValuePool();
        using (var statement = new SqliteStatement(connection, "SELECT body FROM entity"))
        {
            LoadBatches(statement, 1, workers, batchRows, pool, static (reader, batch, i) => reader.Entity(batch.Column(i, 0)), index.Put);
        }

        // Files from before relationship reasoning gain the column when opened for writing, after the load.
        var reasoning = HasColumn(connection, "relationship", "reasoning") ? "reasoning" : "NULL";
        using (var statement = new SqliteStatement(connection, $"SELECT source, kind, target, provenance, {reasoning} FROM relationship"))
        {
            // Nodes are only looked up while relationships are parsed (none is added), so every worker may read the index.
            LoadBatches(
                statement,
                5,
                workers,
                batchRows,
                pool,
                (reader, batch, i) => new StoredLink(
                    Node(index, reader, batch.Column(i, 0)),
                    RelationshipKindOf(reader, batch.Column(i, 1)),
                    Node(index, reader, batch.Column(i, 2)),
                    reader.Citations(batch.Column(i, 3)),
                    batch.IsNull(i, 4) ? null : reader.SharedText(batch.Column(i, 4))),
                link => index.LinkStored(link.From, link.Kind, link.To, link.Provenance, link.Reasoning));
        }

        index.TrimExcess();
    }

    private static EntityNode Node(GraphIndex index, StoredRowReader reader, ReadOnlySpan<byte> id)
    {
        var chars = reader.Text(id);
        return index.Node(chars) ?? throw new KeyNotFoundException($"a relationship names entity '{chars}', which is not stored");
    }

    private static RelationshipKind RelationshipKindOf(StoredRowReader reader, ReadOnlySpan<byte> name)
    {
        var chars = reader.Text(name);
        return _relationshipKindsBySpan.TryGetValue(chars, out var kind) ? kind : throw new KeyNotFoundException($"unknown relationship kind '{chars}'");
    }

    /// <summary>
    /// The statement's rows, parsed on <paramref name="workers"/> threads (this one and dedicated ones, which block
    /// rather than spin while they wait) and applied in the order read. Each worker has its own batch buffer and
    /// reader; the statement is stepped by one worker at a time, and one applies at a time.
    /// </summary>
    private static void LoadBatches<T>(SqliteStatement statement, int columns, int workers, int batchRows, ValuePool pool, Func<StoredRowReader, RowBatch, int, T> parse, Action<T> apply)
    {
        var reading = new Lock();
        var turns = new object();
        long read = 0, applied = 0;
        ExceptionDispatchInfo? failure = null;

        void Work()
        {
            var batch = new RowBatch(batchRows, columns);
            var rows = new T[batchRows];
            var reader = new StoredRowReader(pool);
            try
            {
                while (true)
                {
                    long ticket;
                    lock (reading)
                    {
                        if (Volatile.Read(ref failure) is not null || !batch.Fill(statement))
                        {
                            return;
                        }

                        ticket = read++;
                    }

                    for (var i = 0; i < batch.Count; i++)
                    {
                        rows[i] = parse(reader, batch, i);
                    }

                    lock (turns)
                    {
                        while (applied != ticket)
                        {
                            if (failure is not null)
                            {
                                return;
                            }

                            Monitor.Wait(turns);
                        }

                        for (var i = 0; i < batch.Count; i++)
                        {
                            apply(rows[i]);
                            rows[i] = default!;
                        }

                        applied++;
                        Monitor.PulseAll(turns);
                    }
                }
            }
            catch (Exception ex)
            {
                // The row's own error (an unreadable row, an unknown entity), which the store reports as a damaged file.
                lock (turns)
                {
                    failure ??= ExceptionDispatchInfo.Capture(ex);
                    Monitor.PulseAll(turns);
                }
            }
        }

        var others = new Task[workers - 1];
        for (var w = 0; w < others.Length; w++)
        {
            others[w] = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        Work();
        Task.WaitAll(others);
        failure?.Throw();
    }

    /// <summary>
    /// Writes all changes, and the audit entry when there is one, in one transaction; returns once it is committed
    /// to disk, with the audit entry's sequence number (0 without one).
    /// </summary>
    public long Write(IEnumerable<Entity> upserts, IEnumerable<Relationship> links, IEnumerable<string> deletedEntities, IEnumerable<Relationship> unlinks, AuditEntry? audit = null, string? idempotencyKey = null, string? fingerprint = null)
    {
        using var transaction = Connection.BeginTransaction();
        using (var delete = Command(transaction, "DELETE FROM relationship WHERE source = $id OR target = $id; DELETE FROM entity WHERE id = $id", "$id"))
        {
            foreach (var id in deletedEntities)
            {
                delete.Parameters["$id"].Value = id;
                delete.ExecuteNonQuery();
            }
        }

        using (var unlink = Command(transaction, "DELETE FROM relationship WHERE source = $source AND kind = $kind AND target = $target", "$source", "$kind", "$target"))
        {
            foreach (var relationship in unlinks)
            {
                Bind(unlink, relationship);
                unlink.ExecuteNonQuery();
            }
        }

        upserts = SortedIfLarge(upserts, e => e.Id);
        links = SortedIfLarge(links, r => $"{r.From}\u0001{_relationshipKindNames[(int)r.Kind]}\u0001{r.To}");
        using (var upsert = Command(transaction, "INSERT INTO entity (id, kind, body) VALUES ($id, $kind, $body) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, body = excluded.body", "$id", "$kind", "$body"))
        {
            foreach (var entity in upserts)
            {
                upsert.Parameters["$id"].Value = entity.Id;
                upsert.Parameters["$kind"].Value = _entityKindNames[(int)entity.Kind];
                upsert.Parameters["$body"].Value = StoredJson.Write(entity);
                upsert.ExecuteNonQuery();
            }
        }

        using (var link = Command(transaction, "INSERT INTO relationship (source, kind, target, provenance, reasoning) VALUES ($source, $kind, $target, $provenance, $reasoning) ON CONFLICT (source, kind, target) DO UPDATE SET provenance = excluded.provenance, reasoning = excluded.reasoning", "$source", "$kind", "$target", "$provenance", "$reasoning"))
        {
            foreach (var relationship in links)
            {
                Bind(link, relationship);
                link.Parameters["$provenance"].Value = StoredJson.Write(relationship.Provenance);
                link.Parameters["$reasoning"].Value = (object?)relationship.Reasoning ?? DBNull.Value;
                link.ExecuteNonQuery();
            }
        }

        var sequence = audit is null ? 0 : Append(transaction, audit, idempotencyKey, fingerprint);
        transaction.Commit();
        return sequence;
    }

    /// <summary>The entry an actor recorded with this idempotency key, if any, and the fingerprint of the request (null in files older than it).</summary>
    public (AuditEntry Entry, string? Fingerprint)? FindByIdempotencyKey(string actor, string key)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT sequence, at, actor, action, subject, version, before, after, request_fingerprint FROM audit WHERE actor = $actor AND idempotency_key = $key";
        command.Parameters.AddWithValue("$actor", actor);
        command.Parameters.AddWithValue("$key", key);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (ReadEntry(reader), reader.IsDBNull(8) ? null : reader.GetString(8)) : null;
    }

    /// <summary>Audit entries, newest first.</summary>
    public IReadOnlyList<AuditEntry> ReadAudit(AuditQuery query)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = """
            SELECT sequence, at, actor, action, subject, version, before, after FROM audit
            WHERE ($subject IS NULL OR subject = $subject) AND ($actor IS NULL OR actor = $actor) AND ($before IS NULL OR sequence < $before)
            ORDER BY sequence DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$subject", (object?)query.Subject ?? DBNull.Value);
        command.Parameters.AddWithValue("$actor", (object?)query.Actor ?? DBNull.Value);
        command.Parameters.AddWithValue("$before", (object?)query.Before ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", query.Limit);
        return ReadEntries(command);
    }

    /// <summary>Audit entries after a sequence number, oldest first (the primary key's order, so no sort).</summary>
    public IReadOnlyList<AuditEntry> ReadChanges(ChangeQuery query)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = """
            SELECT sequence, at, actor, action, subject, version, before, after FROM audit
            WHERE sequence > $after
            ORDER BY sequence LIMIT $limit
            """;
        command.Parameters.AddWithValue("$after", query.After);
        command.Parameters.AddWithValue("$limit", query.Limit);
        return ReadEntries(command);
    }

    public void Dispose()
    {
        // A check still running holds a connection to the file; it ends before the file is let go.
        try
        {
            _check?.Wait();
        }
        catch (AggregateException)
        {
            // Its finding no longer matters: the file is being closed.
        }

        _reader?.Dispose();
        _connection?.Dispose();
    }

    private static List<AuditEntry> ReadEntries(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var entries = new List<AuditEntry>();
        while (reader.Read())
        {
            entries.Add(ReadEntry(reader));
        }

        return entries;
    }

    private static AuditEntry ReadEntry(SqliteDataReader reader) =>
        new(
            reader.GetInt64(0),
            DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture),
            reader.GetString(2),
            Enum.Parse<CurationAction>(reader.GetString(3)),
            reader.GetString(4))
        {
            Version = reader.IsDBNull(5) ? null : reader.GetInt64(5),
            Before = reader.IsDBNull(6) ? null : reader.GetString(6),
            After = reader.IsDBNull(7) ? null : reader.GetString(7),
        };

    private static bool HasColumn(SqliteConnection connection, string table, string column)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM pragma_table_info('{table}') WHERE name = $column";
        command.Parameters.AddWithValue("$column", column);
        return (long)command.ExecuteScalar()! > 0;
    }

    private static bool HasTable(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $table";
        command.Parameters.AddWithValue("$table", table);
        return (long)command.ExecuteScalar()! > 0;
    }

    private long Append(SqliteTransaction transaction, AuditEntry audit, string? idempotencyKey, string? fingerprint)
    {
        using var insert = Connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO audit (at, actor, action, subject, version, before, after, idempotency_key, request_fingerprint) VALUES ($at, $actor, $action, $subject, $version, $before, $after, $key, $fingerprint);
            SELECT last_insert_rowid();
            """;
        insert.Parameters.AddWithValue("$at", audit.At.ToString("O", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$actor", audit.Actor);
        insert.Parameters.AddWithValue("$action", audit.Action.ToString());
        insert.Parameters.AddWithValue("$subject", audit.Subject);
        insert.Parameters.AddWithValue("$version", (object?)audit.Version ?? DBNull.Value);
        insert.Parameters.AddWithValue("$before", (object?)audit.Before ?? DBNull.Value);
        insert.Parameters.AddWithValue("$after", (object?)audit.After ?? DBNull.Value);
        insert.Parameters.AddWithValue("$key", (object?)idempotencyKey ?? DBNull.Value);
        insert.Parameters.AddWithValue("$fingerprint", (object?)fingerprint ?? DBNull.Value);
        return (long)insert.ExecuteScalar()!;
    }

    private static void Bind(SqliteCommand command, Relationship relationship)
    {
        command.Parameters["$source"].Value = relationship.From;
        command.Parameters["$kind"].Value = _relationshipKindNames[(int)relationship.Kind];
        command.Parameters["$target"].Value = relationship.To;
    }

    /// <summary>Large batches in key order (stable, so the last of two writes to one key still wins); small ones as given.</summary>
    private static IEnumerable<T> SortedIfLarge<T>(IEnumerable<T> rows, Func<T, string> key) =>
        rows is IReadOnlyCollection<T> { Count: > SortedWriteThreshold } ? rows.OrderBy(key, StringComparer.Ordinal) : rows;

    private SqliteCommand Command(SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private readonly record struct StoredLink(EntityNode From, RelationshipKind Kind, EntityNode To, IReadOnlyList<Provenance> Provenance, string? Reasoning);

    /// <summary>A statement stepped through SQLite's own API, so a column is read as a span of its buffer.</summary>
    private sealed class SqliteStatement : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly sqlite3_stmt _statement;
        private bool _done;

        public SqliteStatement(SqliteConnection connection, string sql)
        {
            _connection = connection;
            var result = raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement);
            SqliteException.ThrowExceptionForRC(result, connection.Handle);
        }

        /// <summary>Moves to the next row; false after the last, and from then on (SQLite would start over).</summary>
        public bool Step()
        {
            if (_done)
            {
                return false;
            }

            var result = raw.sqlite3_step(_statement);
            if (result == raw.SQLITE_ROW)
            {
                return true;
            }

            if (result != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(result, _connection.Handle);
            }

            _done = true;
            return false;
        }

        public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

        /// <summary>The column's bytes (UTF-8 for text), valid until the next step.</summary>
        public ReadOnlySpan<byte> Bytes(int column) => raw.sqlite3_column_blob(_statement, column);

        public void Dispose() => _statement.Dispose();
    }

    /// <summary>Up to a batch of rows' columns copied into one reused buffer, so parsing can run after the statement moved on.</summary>
    private sealed class RowBatch(int capacity, int columns)
    {
        private readonly int[] _starts = new int[capacity * columns];
        private readonly int[] _lengths = new int[capacity * columns];
        private byte[] _data = new byte[1 << 20];

        public int Count { get; private set; }

        /// <summary>Reads the next rows; false when there were none.</summary>
        public bool Fill(SqliteStatement statement)
        {
            Count = 0;
            var used = 0;
            while (Count < capacity && statement.Step())
            {
                for (var column = 0; column < columns; column++)
                {
                    var cell = Count * columns + column;
                    var bytes = statement.Bytes(column);
                    if (bytes.IsEmpty && statement.IsNull(column))
                    {
                        // Only an empty value needs the second call that tells NULL from ''.
                        _lengths[cell] = -1;
                        continue;
                    }

                    if (used + bytes.Length > _data.Length)
                    {
                        Array.Resize(ref _data, Math.Max(_data.Length * 2, used + bytes.Length));
                    }

                    bytes.CopyTo(_data.AsSpan(used));
                    _starts[cell] = used;
                    _lengths[cell] = bytes.Length;
                    used += bytes.Length;
                }

                Count++;
            }

            return Count > 0;
        }

        public bool IsNull(int row, int column) => _lengths[row * columns + column] < 0;

        public ReadOnlySpan<byte> Column(int row, int column)
        {
            var cell = row * columns + column;
            return _lengths[cell] < 0 ? default : _data.AsSpan(_starts[cell], _lengths[cell]);
        }
    }
}
