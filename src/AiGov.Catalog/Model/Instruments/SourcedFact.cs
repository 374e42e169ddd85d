using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>
/// One fact with its provenance: a value (null when unknown), how sure it is, the sources that give it, a note,
/// and the claims of other sources that disagree. A conflict is recorded, never resolved: <see cref="Value"/> is
/// the claim the data lists first, and <see cref="Conflicts"/> holds the others. The one shape of every fact of the
/// instrument registry and of an edition's legal character. Immutable.
/// </summary>
public sealed class SourcedFact
{
    internal SourcedFact(string? value, FactStatus status, ImmutableArray<string> sources, string? note, ImmutableArray<SourcedFact> conflicts)
    {
        Value = value;
        Status = status;
        Sources = sources.IsDefault ? ImmutableArray<string>.Empty : sources;
        Note = note;
        Conflicts = conflicts.IsDefault ? ImmutableArray<SourcedFact>.Empty : conflicts;
    }

    /// <summary>Gets a fact that no source gives.</summary>
    public static SourcedFact Unknown { get; } = new(null, FactStatus.Unknown, ImmutableArray<string>.Empty, null, ImmutableArray<SourcedFact>.Empty);

    /// <summary>Gets the value as the data records it (a date as <c>yyyy-MM-dd</c>, a level key, <c>true</c>/<c>false</c>, a text), or null when unknown.</summary>
    public string? Value { get; }

    /// <summary>Gets how sure the fact is.</summary>
    public FactStatus Status { get; }

    /// <summary>Gets the sources (SRC-nn) that give the value.</summary>
    public ImmutableArray<string> Sources { get; }

    /// <summary>Gets qualifiers, evidence and caveats, if any.</summary>
    public string? Note { get; }

    /// <summary>Gets the claims of other sources that disagree with <see cref="Value"/> (empty when none).</summary>
    public ImmutableArray<SourcedFact> Conflicts { get; }

    /// <summary>Gets whether sources disagree about this fact.</summary>
    public bool IsInConflict => !Conflicts.IsEmpty;

    /// <summary>Gets whether the value is known.</summary>
    public bool IsKnown => Value is not null;

    /// <summary>Gets the value read as a yes/no fact: true, false, or null when unknown or not a yes/no value.</summary>
    public bool? AsBoolean => Value switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    /// <inheritdoc />
    public override string ToString() => Value ?? "unknown";
}
