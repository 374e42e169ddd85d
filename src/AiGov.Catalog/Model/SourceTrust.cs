namespace AiGov.Catalog;

/// <summary>How far a source can be trusted (see <c>catalog/sources.yaml</c>).</summary>
public enum SourceTrust
{
    /// <summary>The official text, an official release note, or a verbatim copy of one.</summary>
    Official,

    /// <summary>Expert commentary published on an official site.</summary>
    OfficialPlatformCommentary,

    /// <summary>An established research institution, news agency or research database.</summary>
    ReputableSecondary,

    /// <summary>Other secondary material (wikis, aggregators, summaries, mirrors).</summary>
    Secondary,

    /// <summary>Unreliable or shown to contain errors; never sufficient on its own.</summary>
    Low,
}
