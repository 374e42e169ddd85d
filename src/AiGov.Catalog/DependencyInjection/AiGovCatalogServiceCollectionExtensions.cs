using System;
using AiGov.Catalog;
using AiGov.Catalog.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the AI Safety Governance Framework catalogue with a service collection.</summary>
public static class AiGovCatalogServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="GovernanceCatalog.Default"/> as the singleton <see cref="GovernanceCatalog"/>. Calling it
    /// more than once is harmless, and a catalogue registered before (for example one loaded from a newer data file) is
    /// kept (<c>TryAdd</c> semantics).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddAiGovCatalog(this IServiceCollection services)
    {
        Guard.NotNull(services);
        services.TryAddSingleton(_ => GovernanceCatalog.Default);
        return services;
    }

    /// <summary>
    /// Registers the <see cref="GovernanceCatalog"/> created by <paramref name="factory"/> as a singleton, unless one is
    /// registered already (<c>TryAdd</c> semantics).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="factory">Creates the catalogue, once, on first use.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="factory"/> is null.</exception>
    public static IServiceCollection AddAiGovCatalog(this IServiceCollection services, Func<IServiceProvider, GovernanceCatalog> factory)
    {
        Guard.NotNull(services);
        Guard.NotNull(factory);
        services.TryAddSingleton(factory);
        return services;
    }
}
