namespace AiGov.Catalog;

/// <summary>How a related instrument stands to a framework element (read together with <see cref="LinkDirection"/>).</summary>
public enum InstrumentRelation
{
    /// <summary>One turns the other into rules or obligations (by default the instrument implements the element).</summary>
    Implements,

    /// <summary>The instrument is a technical method or standard for the element.</summary>
    Operationalises,

    /// <summary>Both cover the same ground independently, often the instrument earlier; no derivation either way.</summary>
    Parallel,

    /// <summary>One names the other.</summary>
    Cites,
}
