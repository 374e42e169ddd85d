using System;
using AiGov.Catalog.Generators.Helpers;

namespace AiGov.Catalog.Generators.Model;

/// <summary>A diagnostic as plain, equatable data: the descriptor ID, where, and the message arguments.</summary>
internal sealed record DiagnosticInfo(string Id, SourceSpan Span, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(string id, SourceSpan span, params string[] arguments) =>
        new(id, span, arguments.ToEquatableArray());
}
