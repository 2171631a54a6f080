namespace GraphPlan.Api.Caching;

/// <summary>One cached answer: the serialized body and its content type (always a 200).</summary>
public sealed record CachedResponse(byte[] Body, string ContentType);
