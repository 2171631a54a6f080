namespace GraphPlan.Storage.Neo4j.Tests.Fakes;

/// <summary>Response bodies as Neo4j's Query API documentation prints them (docs-query-api; see shared/notes/neo4j-http.md).</summary>
public static class Neo4jPayloads
{
    public const string NodeResult = """
        {
          "data": {
            "fields": [ "alice" ],
            "values": [
              [
                {
                  "elementId": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:0",
                  "labels": [ "Person" ],
                  "properties": { "name": "Alice", "age": 42 }
                }
              ]
            ]
          },
          "bookmarks": [ "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ" ],
          "queryType": "rw"
        }
        """;

    public const string TwoColumns = """
        {
          "data": {
            "fields": [ "person", "name" ],
            "values": [
              [
                { "elementId": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", "labels": [ "Person" ], "properties": { "name": "Phil" } },
                "Phil"
              ]
            ]
          },
          "bookmarks": [ "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q" ],
          "queryType": "rw"
        }
        """;

    public const string TypedNode = """
        {
          "data": {
            "fields": [ "person", "name" ],
            "values": [
              [
                {
                  "$type": "Node",
                  "_value": {
                    "_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                    "_labels": [ "Person" ],
                    "_properties": { "name": { "$type": "String", "_value": "Phil" } }
                  }
                },
                { "$type": "String", "_value": "Phil" }
              ]
            ]
          },
          "bookmarks": [ "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q" ]
        }
        """;

    public const string TypedScalars = """
        {
          "data": {
            "fields": [ "i", "f", "nan", "b", "n", "list", "map", "date", "point" ],
            "values": [
              [
                { "$type": "Integer", "_value": "123" },
                { "$type": "Float", "_value": "3.2E9" },
                { "$type": "Float", "_value": "NaN" },
                { "$type": "Boolean", "_value": true },
                { "$type": "Null", "_value": null },
                { "$type": "List", "_value": [ { "$type": "Integer", "_value": "1" }, { "$type": "String", "_value": "two" } ] },
                { "$type": "Map", "_value": { "k": { "$type": "Integer", "_value": "-7" } } },
                { "$type": "Date", "_value": "2015-03-26" },
                { "$type": "Point", "_value": "SRID=7203;POINT (1.2 3.4)" }
              ]
            ]
          }
        }
        """;

    public const string Path = """
        {
          "data": {
            "fields": [ "p" ],
            "values": [
              [
                [
                  { "elementId": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:0", "labels": [ "Person" ], "properties": { "name": "Alice", "age": 42 } },
                  { "elementId": "5:ff04df25-ff2b-4b55-98f8-6888297b025e:2", "startNodeElementId": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:0",
                    "endNodeElementId": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", "type": "LIKES", "properties": { "since": "forever!" } },
                  { "elementId": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", "labels": [ "Person" ], "properties": { "name": "Phil" } }
                ]
              ]
            ]
          },
          "bookmarks": [ "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q" ]
        }
        """;

    public const string Counters = """
        {
          "data": { "fields": [ "n.name" ], "values": [ [ "Peter" ] ] },
          "counters": {
            "containsUpdates": true, "nodesCreated": 1, "nodesDeleted": 0, "propertiesSet": 1,
            "relationshipsCreated": 0, "relationshipsDeleted": 0, "labelsAdded": 1, "labelsRemoved": 0,
            "indexesAdded": 0, "indexesRemoved": 0, "constraintsAdded": 0, "constraintsRemoved": 0,
            "containsSystemUpdates": false, "systemUpdates": 0
          },
          "bookmarks": [ "FB:kcwQaCYpl4jjRRiD7NlEZ0YJ9MkB8pA=" ]
        }
        """;

    public const string NoAuthHeader = """
        { "errors" : [ { "code" : "Neo.ClientError.Security.Unauthorized", "message" : "No authentication header supplied." } ] }
        """;

    public const string WrongCredentials = """
        { "errors" : [ { "code" : "Neo.ClientError.Security.Unauthorized", "message" : "Invalid username or password." } ] }
        """;

    public const string SyntaxError = """
        {
          "errors" : [ {
            "code" : "Neo.ClientError.Statement.SyntaxError",
            "message" : "Invalid input 'T': expected <init> (line 1, column 1 (offset: 0))\n\"This is not a valid Cypher Statement.\"\n ^"
          } ]
        }
        """;

    public const string ConstraintViolation = """
        { "errors": [ { "code": "Neo.ClientError.Schema.ConstraintValidationFailed", "message": "Node(0) already exists with label `Entity` and property `id` = 'industry:hydrogen'" } ] }
        """;

    public const string DatabaseUnavailable = """
        { "errors": [ { "code": "Neo.TransientError.General.DatabaseUnavailable", "message": "Database 'neo4j' is unavailable." } ] }
        """;

    public const string DatabaseNotFound = """
        { "errors": [ { "code": "Neo.ClientError.Database.DatabaseNotFound", "message": "Graph not found: nope" } ] }
        """;

    /// <summary>An error raised while streaming: the 202 was already sent, the error follows the partial data.</summary>
    public const string ErrorInAccepted = """
        {
          "data": { "fields": [ "x" ], "values": [ [ 1 ] ] },
          "errors": [ { "code": "Neo.ClientError.Statement.ArithmeticError", "message": "/ by zero" } ]
        }
        """;
}
