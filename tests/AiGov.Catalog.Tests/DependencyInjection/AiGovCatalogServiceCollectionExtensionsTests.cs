using Microsoft.Extensions.DependencyInjection;

namespace AiGov.Catalog.Tests.DependencyInjection;

public sealed class AiGovCatalogServiceCollectionExtensionsTests
{
    [Fact]
    public void The_registered_catalogue_is_the_default_one()
    {
        using var provider = new ServiceCollection().AddAiGovCatalog().BuildServiceProvider();

        provider.GetRequiredService<GovernanceCatalog>().Should().BeSameAs(GovernanceCatalog.Default);
    }

    [Fact]
    public void Registering_twice_is_harmless()
    {
        var services = new ServiceCollection();

        services.AddAiGovCatalog().AddAiGovCatalog();

        services.Count(d => d.ServiceType == typeof(GovernanceCatalog)).Should().Be(1);
        services.Single(d => d.ServiceType == typeof(GovernanceCatalog)).Lifetime.Should().Be(ServiceLifetime.Singleton);
    }

    [Fact]
    public void A_catalogue_registered_before_is_kept()
    {
        var services = new ServiceCollection();
        var factoryCalls = 0;
        services.AddAiGovCatalog(_ => { factoryCalls++; return GovernanceCatalog.Default; });

        services.AddAiGovCatalog();
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<GovernanceCatalog>();

        factoryCalls.Should().Be(1);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        var nullServices = () => AiGovCatalogServiceCollectionExtensions.AddAiGovCatalog(null!);
        var nullFactory = () => new ServiceCollection().AddAiGovCatalog(null!);

        nullServices.Should().Throw<ArgumentNullException>().WithParameterName("services");
        nullFactory.Should().Throw<ArgumentNullException>().WithParameterName("factory");
    }
}
