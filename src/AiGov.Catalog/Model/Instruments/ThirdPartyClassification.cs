namespace AiGov.Catalog;

/// <summary>
/// How a third party (not the issuer) classifies a document, recorded as that party's classification and never as
/// the document's official type: the label, the source that gives it, and a note on how far to trust it. Immutable.
/// </summary>
public sealed class ThirdPartyClassification
{
    internal ThirdPartyClassification(string label, string by, string? note)
    {
        Label = label;
        By = by;
        Note = note;
    }

    /// <summary>Gets the label as the source uses it (e.g. <c>normative document (Level 4)</c>).</summary>
    public string Label { get; }

    /// <summary>Gets the source (SRC-nn) that classifies the document so.</summary>
    public string By { get; }

    /// <summary>Gets how far the classification can be trusted, and why.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public override string ToString() => Label + " (" + By + ")";
}
