using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AiGov.Catalog.Internal;
using CsCheck;

namespace AiGov.Catalog.Tests.Internal;

/// <summary>
/// <see cref="JsonTextWriter"/> writes the same text as the <see cref="Utf8JsonWriter"/> it replaced (indented, "\n",
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>): for awkward strings, for every UTF-16 code unit, and
/// for random documents of random strings.
/// </summary>
public sealed class JsonTextWriterTests
{
    public static TheoryData<string> AwkwardStrings() => new()
    {
        string.Empty,
        "plain ASCII text",
        "人工智能安全治理框架",
        "quote \" and backslash \\ and slash /",
        "line\nbreak\r\ttab\b\f",
        "\u0000\u0001\u001F control",
        "\u007F delete, \u0080 C1, \u00A0 no-break space, \u00AD soft hyphen",
        "\u2028 line separator, \u2029 paragraph separator",
        "lone high \uD800 surrogate",
        "lone low \uDC00 surrogate",
        "reversed \uDE00\uD83D pair",
        "emoji 😀 and 𠀀 (CJK extension B)",
        "全角标点：，。！？（）【】「」、；",
        "<script>&amp;'single'+plus`back`</script>",
        "\uFEFF byte order mark, \uFFFD replacement, \uFFFF non-character",
        "边界 \u4DFF\u4E00\u9FEF\u9FF0\uA000",
        "mixed 数据 data \"引号\" \\ 😀",
    };

    [Theory]
    [MemberData(nameof(AwkwardStrings))]
    public void Awkward_strings_are_escaped_as_Utf8JsonWriter_escapes_them(string text)
    {
        var node = new Obj(new[]
        {
            (text, (Node)new Str(text)),
            ("list", new Arr(new Node[] { new Str(text), new Str(null) })),
        });

        Write(node).Should().Be(Reference(node));
    }

    [Fact]
    public void Every_UTF16_code_unit_is_escaped_as_Utf8JsonWriter_escapes_it()
    {
        var items = new List<Node>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            items.Add(new Str(((char)c).ToString()));
        }

        var node = new Arr(items);

        Write(node).Should().Be(Reference(node));
    }

    [Fact]
    public void The_fast_path_only_passes_characters_the_encoder_leaves_as_they_are()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = ((char)c).ToString();
            if (JsonTextWriter.IsPlain(text))
            {
                JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(text).Should().Be(text, because: $"U+{c:X4} is on the fast path");
            }
        }
    }

    [Fact]
    public void The_vectorised_check_agrees_with_the_character_check_in_every_position()
    {
        // Long enough for several vectors (and an overlapping last one) whatever the vector width.
        const string filler = "人工智能 AI Safety 安全治理框架 Governance Framework 2.0 版本";
        var positions = new[] { 0, 1, 7, 8, 15, 16, 17, 31, 32, 33, filler.Length - 1 };
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var expected = JsonTextWriter.IsPlain(((char)c).ToString());
            foreach (var position in positions)
            {
                var text = filler.Substring(0, position) + (char)c + filler.Substring(position + 1);
                if (JsonTextWriter.IsPlain(text) != expected)
                {
                    Assert.Fail($"U+{c:X4} at {position}: IsPlain gives {!expected}, alone {expected}");
                }
            }
        }

        JsonTextWriter.IsPlain(filler).Should().BeTrue();
    }

    [Fact]
    public void Empty_containers_and_nesting_are_laid_out_as_Utf8JsonWriter_lays_them_out()
    {
        var node = new Obj(new (string, Node)[]
        {
            ("emptyObject", new Obj(Array.Empty<(string, Node)>())),
            ("emptyArray", new Arr(Array.Empty<Node>())),
            ("named", new Obj(new (string, Node)[] { ("n", new Num(-12)), ("z", new Null()) }, ViaPropertyName: true)),
            ("nested", new Arr(new Node[] { new Arr(Array.Empty<Node>()), new Obj(Array.Empty<(string, Node)>()), new Arr(new Node[] { new Str("x") }) })),
            ("max", new Num(int.MaxValue)),
            ("min", new Num(int.MinValue)),
        });

        Write(node).Should().Be(Reference(node));
        Write(new Arr(Array.Empty<Node>())).Should().Be("[]");
    }

    [Fact]
    public void Random_documents_of_random_strings_are_written_as_Utf8JsonWriter_writes_them()
    {
        Documents.Sample(node => Write(node) == Reference(node), iter: 500);
    }

    [Fact]
    public void JsonText_ends_the_document_with_one_line_break()
    {
        JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("a", "b");
            w.WriteEndObject();
        }).Should().Be("{\n  \"a\": \"b\"\n}\n");
    }

    private static readonly Gen<char> Awkward = Gen.Char["\"\\/\n\r\t\b\f\u0000\u001F\u007F\u0080\u00A0\u00AD\u2028\u2029\uD800\uDBFF\uDC00\uDFFF\uFEFF\uFFFD\uFFFF<>&'+`，。：“”"];

    private static readonly Gen<string> Strings = Gen.Frequency(
        (4, Gen.Char[' ', '~']),
        (4, Gen.Char['\u4E00', '\u9FFF']),
        (2, Awkward),
        (1, Gen.Char),
        (1, Gen.Char['\uD800', '\uDFFF']))
        .Array[0, 40]
        .Select(chars => new string(chars));

    private static readonly Gen<Node> Documents = Gen.Recursive<Node>((depth, node) =>
    {
        var leaf = Gen.Frequency(
            (5, Strings.Select(s => (Node)new Str(s))),
            (1, Gen.Const<Node>(new Str(null))),
            (1, Gen.Int.Select(n => (Node)new Num(n))),
            (1, Gen.Const<Node>(new Null())));
        if (depth >= 3)
        {
            return leaf;
        }

        var obj = Gen.Select(Gen.Select(Strings, node).Array[0, 5], Gen.Bool, (p, via) => (Node)new Obj(p, via));
        var arr = node.Where(n => n is not Num and not Null).Array[0, 5].Select(items => (Node)new Arr(items));
        return Gen.Frequency((3, leaf), (1, obj), (1, arr));
    }).Where(n => n is Obj or Arr);

    private static string Write(Node node)
    {
        using var writer = new JsonTextWriter(initialCapacity: 16);
        Write(new Ours(writer), node, name: null);
        return writer.ToString();
    }

    private static string Reference(Node node)
    {
        var options = new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
        };
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            Write(new Theirs(writer), node, name: null);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(IWriter w, Node node, string? name)
    {
        switch (node)
        {
            case Str s when name is null:
                w.WriteStringValue(s.Value);
                break;
            case Str s:
                w.WriteString(name, s.Value);
                break;
            case Num n:
                w.WriteNumber(name!, n.Value);
                break;
            case Null:
                w.WriteNull(name!);
                break;
            case Obj o:
                if (name is null)
                {
                    w.WriteStartObject();
                }
                else if (o.ViaPropertyName)
                {
                    w.WritePropertyName(name);
                    w.WriteStartObject();
                }
                else
                {
                    w.WriteStartObject(name);
                }

                foreach (var (propertyName, value) in o.Properties)
                {
                    Write(w, value, propertyName);
                }

                w.WriteEndObject();
                break;
            case Arr a:
                if (name is null)
                {
                    w.WriteStartArray();
                }
                else
                {
                    w.WriteStartArray(name);
                }

                foreach (var item in a.Items)
                {
                    Write(w, item, name: null);
                }

                w.WriteEndArray();
                break;
        }
    }

    private abstract record Node;

    private sealed record Str(string? Value) : Node;

    private sealed record Num(int Value) : Node;

    private sealed record Null : Node;

    private sealed record Obj(IReadOnlyList<(string Name, Node Value)> Properties, bool ViaPropertyName = false) : Node;

    private sealed record Arr(IReadOnlyList<Node> Items) : Node;

    private interface IWriter
    {
        void WriteStartObject();

        void WriteStartObject(string name);

        void WriteEndObject();

        void WriteStartArray();

        void WriteStartArray(string name);

        void WriteEndArray();

        void WritePropertyName(string name);

        void WriteString(string name, string? value);

        void WriteStringValue(string? value);

        void WriteNumber(string name, int value);

        void WriteNull(string name);
    }

    private sealed class Ours(JsonTextWriter w) : IWriter
    {
        public void WriteStartObject() => w.WriteStartObject();

        public void WriteStartObject(string name) => w.WriteStartObject(name);

        public void WriteEndObject() => w.WriteEndObject();

        public void WriteStartArray() => w.WriteStartArray();

        public void WriteStartArray(string name) => w.WriteStartArray(name);

        public void WriteEndArray() => w.WriteEndArray();

        public void WritePropertyName(string name) => w.WritePropertyName(name);

        public void WriteString(string name, string? value) => w.WriteString(name, value);

        public void WriteStringValue(string? value) => w.WriteStringValue(value);

        public void WriteNumber(string name, int value) => w.WriteNumber(name, value);

        public void WriteNull(string name) => w.WriteNull(name);
    }

    private sealed class Theirs(Utf8JsonWriter w) : IWriter
    {
        public void WriteStartObject() => w.WriteStartObject();

        public void WriteStartObject(string name) => w.WriteStartObject(name);

        public void WriteEndObject() => w.WriteEndObject();

        public void WriteStartArray() => w.WriteStartArray();

        public void WriteStartArray(string name) => w.WriteStartArray(name);

        public void WriteEndArray() => w.WriteEndArray();

        public void WritePropertyName(string name) => w.WritePropertyName(name);

        public void WriteString(string name, string? value) => w.WriteString(name, value);

        public void WriteStringValue(string? value) => w.WriteStringValue(value);

        public void WriteNumber(string name, int value) => w.WriteNumber(name, value);

        public void WriteNull(string name) => w.WriteNull(name);
    }
}
