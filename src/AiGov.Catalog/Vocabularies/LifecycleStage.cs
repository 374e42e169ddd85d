using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>
/// A stage of the AI lifecycle, from <c>catalog/vocabularies/lifecycle-stages.yaml</c>. The stages compiled into the
/// library are static members (for example <c>LifecycleStage.Deployment</c>); <see cref="All"/> lists them in order.
/// </summary>
public sealed partial class LifecycleStage : VocabularyTerm
{
    internal LifecycleStage(string key, string? parentKey, string zh, string en, string summary, ImmutableArray<string> iso22989, ImmutableArray<string> nistAiRmf)
        : base(key, zh, en, summary)
    {
        ParentKey = parentKey;
        Iso22989 = iso22989.IsDefault ? ImmutableArray<string>.Empty : iso22989;
        NistAiRmf = nistAiRmf.IsDefault ? ImmutableArray<string>.Empty : nistAiRmf;
    }

    /// <summary>Gets the key of the broader stage (e.g. <c>research-and-development</c> for <c>training</c>), if any.</summary>
    public string? ParentKey { get; }

    /// <summary>Gets the ISO/IEC 22989 AI system life cycle stages this stage corresponds to.</summary>
    public ImmutableArray<string> Iso22989 { get; }

    /// <summary>Gets the NIST AI RMF lifecycle stages this stage corresponds to.</summary>
    public ImmutableArray<string> NistAiRmf { get; }
}
