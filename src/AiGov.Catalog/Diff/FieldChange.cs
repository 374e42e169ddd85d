namespace AiGov.Catalog;

/// <summary>One field that differs between the two sides of a one-to-one <see cref="DiffEntry"/>. Immutable.</summary>
/// <remarks>
/// <para>The fields compared are:</para>
/// <list type="bullet">
/// <item><description><c>kind</c>: the element kind, when the two sides are of different kinds.</description></item>
/// <item><description><c>clause</c>: the clause as printed (null when unknown).</description></item>
/// <item><description><c>parent</c>: the parent's ID; it counts as changed when the part after the edition differs
/// (<c>1.0:3.2.2</c> → <c>2.0:3.2.3</c>).</description></item>
/// <item><description><c>title.zh</c>, <c>title.en</c>: only when both titles are verified: a title that is unknown,
/// partial or the project's own translation cannot show a change of wording.</description></item>
/// <item><description><c>stages</c>, <c>actors</c>: the keys of the normative mappings (stated by the framework),
/// comma-separated in ordinal order; only when both sides have one (an element with none is not mapped, which is not the
/// same as mapped to nothing). Editorial mappings are the catalogue's judgement and cannot show a change of the
/// framework.</description></item>
/// </list>
/// </remarks>
public sealed class FieldChange
{
    internal FieldChange(string field, string? before, string? after)
    {
        Field = field;
        Before = before;
        After = after;
    }

    /// <summary>Gets the field: <c>kind</c>, <c>clause</c>, <c>parent</c>, <c>title.zh</c>, <c>title.en</c>, <c>stages</c> or <c>actors</c>.</summary>
    public string Field { get; }

    /// <summary>Gets the value on the diff's <c>from</c> side, or null when unknown.</summary>
    public string? Before { get; }

    /// <summary>Gets the value on the diff's <c>to</c> side, or null when unknown.</summary>
    public string? After { get; }

    /// <summary>Returns "field: before → after".</summary>
    /// <returns>A display form.</returns>
    public override string ToString() => Field + ": " + (Before ?? "(unknown)") + " → " + (After ?? "(unknown)");
}
