namespace GraphPlan.Testing;

/// <summary>Removes a test's temporary folder.</summary>
public static class TemporaryFolder
{
    private const int Attempts = 40;

    /// <summary>
    /// Deletes <paramref name="folder"/> and everything in it, retrying for up to two seconds: Lucene can still be writing
    /// a file (<c>segments.gen</c>) into the search index folder just after the store that owned it was disposed, which makes
    /// a single recursive delete fail with "Directory not empty". A folder that still cannot be removed is left in the
    /// temporary directory (and named on the error output): clean-up is not what the tests test.
    /// </summary>
    public static void Delete(string folder)
    {
        for (var attempt = 1; Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException) when (attempt < Attempts)
            {
                Thread.Sleep(50);
            }
            catch (IOException ex)
            {
                Console.Error.WriteLine($"temporary folder {folder} left behind: {ex.Message}");
                return;
            }
        }
    }
}
