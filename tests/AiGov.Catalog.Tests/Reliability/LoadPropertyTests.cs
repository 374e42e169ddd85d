using System.Text;
using System.Text.Json.Nodes;
using AiGov.Catalog.Tests.Serialization;
using CsCheck;

namespace AiGov.Catalog.Tests.Reliability;

/// <summary>
/// Property tests of <see cref="GovernanceCatalog.Load(Stream)"/>: random damage to a valid data file never produces an
/// exception other than the documented <see cref="CatalogLoadException"/>, and reordering the properties of a valid
/// file never changes the catalogue it loads into.
/// </summary>
public sealed class LoadPropertyTests
{
    private static readonly Lazy<byte[]> Valid = new(() => CatalogJsonTests.Export(GovernanceCatalog.Default));

    [Fact]
    public void Truncated_files_fail_only_with_the_documented_exception()
    {
        var bytes = Valid.Value;

        Gen.Int[0, bytes.Length - 1].Sample(length => LoadsOrFailsAsDocumented(bytes.AsSpan(0, length).ToArray()), iter: 60);
    }

    [Fact]
    public void Flipped_bytes_fail_only_with_the_documented_exception()
    {
        var bytes = Valid.Value;

        Gen.Select(Gen.Int[0, bytes.Length - 1], Gen.Byte, Gen.Int[1, 4]).Sample(
            (position, value, count) =>
            {
                var damaged = (byte[])bytes.Clone();
                for (var i = 0; i < count && position + i < damaged.Length; i++)
                {
                    damaged[position + i] ^= (byte)(value | 1);
                }

                return LoadsOrFailsAsDocumented(damaged);
            },
            iter: 60);
    }

    [Fact]
    public void Removed_fields_fail_only_with_the_documented_exception()
    {
        var properties = CountProperties(JsonNode.Parse(Valid.Value)!);

        Gen.Int[0, properties - 1].Sample(
            index =>
            {
                var root = JsonNode.Parse(Valid.Value)!;
                var (parent, name) = PropertyAt(root, index);
                parent.Remove(name);
                return LoadsOrFailsAsDocumented(Encoding.UTF8.GetBytes(root.ToJsonString()));
            },
            iter: 60);
    }

    [Fact]
    public void Duplicated_list_items_fail_only_with_the_documented_exception()
    {
        var arrays = CountArrays(JsonNode.Parse(Valid.Value)!);

        Gen.Int[0, arrays - 1].Sample(
            index =>
            {
                var root = JsonNode.Parse(Valid.Value)!;
                var array = ArrayAt(root, index);
                if (array.Count > 0)
                {
                    array.Add(array[0]!.DeepClone());
                }

                return LoadsOrFailsAsDocumented(Encoding.UTF8.GetBytes(root.ToJsonString()));
            },
            iter: 40);
    }

    [Fact]
    public void Shuffled_property_order_loads_into_the_same_catalogue()
    {
        Gen.Int.Sample(
            seed =>
            {
                var root = JsonNode.Parse(Valid.Value)!;
                Shuffle(root, new Random(seed));
                using var stream = new MemoryStream(Encoding.UTF8.GetBytes(root.ToJsonString()));

                var loaded = GovernanceCatalog.Load(stream);

                return CatalogJsonTests.Export(loaded).AsSpan().SequenceEqual(Valid.Value);
            },
            iter: 8);
    }

    private static bool LoadsOrFailsAsDocumented(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            GovernanceCatalog.Load(stream);
            return true;
        }
        catch (CatalogLoadException ex)
        {
            // The documented failure must say what is wrong.
            return ex.Message.Length > 0 && !ex.Problems.IsDefault;
        }
    }

    private static int CountProperties(JsonNode node) => node switch
    {
        JsonObject o => o.Count + o.Sum(p => p.Value is null ? 0 : CountProperties(p.Value)),
        JsonArray a => a.Sum(i => i is null ? 0 : CountProperties(i)),
        _ => 0,
    };

    private static int CountArrays(JsonNode node) => node switch
    {
        JsonObject o => o.Sum(p => p.Value is null ? 0 : CountArrays(p.Value)),
        JsonArray a => 1 + a.Sum(i => i is null ? 0 : CountArrays(i)),
        _ => 0,
    };

    private static (JsonObject Parent, string Name) PropertyAt(JsonNode root, int index)
    {
        var found = default((JsonObject, string)?);
        var seen = 0;
        Walk(root);
        return found ?? throw new InvalidOperationException("index out of range");

        void Walk(JsonNode node)
        {
            if (found is not null)
            {
                return;
            }

            if (node is JsonObject o)
            {
                foreach (var (name, value) in o.ToList())
                {
                    if (seen++ == index)
                    {
                        found = (o, name);
                        return;
                    }

                    if (value is not null)
                    {
                        Walk(value);
                    }
                }
            }
            else if (node is JsonArray a)
            {
                foreach (var item in a)
                {
                    if (item is not null)
                    {
                        Walk(item);
                    }
                }
            }
        }
    }

    private static JsonArray ArrayAt(JsonNode root, int index)
    {
        var arrays = new List<JsonArray>();
        Collect(root);
        return arrays[index];

        void Collect(JsonNode node)
        {
            if (node is JsonObject o)
            {
                foreach (var (_, value) in o)
                {
                    if (value is not null)
                    {
                        Collect(value);
                    }
                }
            }
            else if (node is JsonArray a)
            {
                arrays.Add(a);
                foreach (var item in a)
                {
                    if (item is not null)
                    {
                        Collect(item);
                    }
                }
            }
        }
    }

    private static void Shuffle(JsonNode node, Random random)
    {
        if (node is JsonObject o)
        {
            var properties = o.ToList();
            o.Clear();
            foreach (var (name, value) in properties.OrderBy(_ => random.Next()))
            {
                o[name] = value;
                if (value is not null)
                {
                    Shuffle(value, random);
                }
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var item in a)
            {
                if (item is not null)
                {
                    Shuffle(item, random);
                }
            }
        }
    }
}
