using System.CommandLine;
using System.Security.Cryptography;
using System.Text;

namespace GraphPlan.Cli.Commands;

/// <summary><c>key new</c>: a fresh random API key, and the hash to configure for it (the server never stores the key).</summary>
internal static class KeyCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "Who the key is for; it is the actor in the audit trail.", Required = true };
        var role = new Option<string>("--role") { Description = "curator or reader.", DefaultValueFactory = _ => "curator" };
        role.AcceptOnlyFromAmong("curator", "reader");
        var create = new Command("new", "Print a new API key and the configuration entry that admits it.") { name, role };
        create.SetAction(parse =>
        {
            var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
            Console.WriteLine($"key (give it to {parse.GetValue(name)}, send it as the X-Api-Key header): {key}");
            Console.WriteLine("configuration (appsettings.json, or the environment as Curation__Keys__0__Name, ...):");
            Console.WriteLine($$"""  "Curation": { "Keys": [ { "Name": "{{parse.GetValue(name)}}", "Role": "{{parse.GetValue(role)}}", "Sha256": "{{hash}}" } ] }""");
            return 0;
        });
        return new Command("key", "API keys for curators and readers.") { create };
    }
}
