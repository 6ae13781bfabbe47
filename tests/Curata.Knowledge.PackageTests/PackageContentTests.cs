using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace Curata.Knowledge.PackageTests;

/// <summary>What <c>dotnet pack</c> puts in the package, read from the .nupkg of this run.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageContentTests(PackageFixture package)
{
    [Fact]
    public void Pack_succeeds_without_warnings()
    {
        Assert.True(package.Pack.Succeeded);
        Assert.DoesNotContain(package.Pack.Lines, line => line.Contains("warning", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_package_holds_the_runtime_library_the_generator_the_props_the_schema_and_the_readme()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var files = zip.Entries.Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal) && !name.StartsWith("package/", StringComparison.Ordinal)
                && name != "[Content_Types].xml")
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(new[]
        {
            "Curata.Knowledge.nuspec",
            "PACKAGE.md",
            "analyzers/dotnet/cs/Curata.Knowledge.Generators.dll",
            "build/Curata.Knowledge.props",
            "build/Curata.Knowledge.targets",
            "buildTransitive/Curata.Knowledge.props",
            "buildTransitive/Curata.Knowledge.targets",
            "lib/net8.0/Curata.Knowledge.dll",
            "lib/net8.0/Curata.Knowledge.xml",
            "lib/netstandard2.0/Curata.Knowledge.dll",
            "lib/netstandard2.0/Curata.Knowledge.xml",
            "schema/knowledge.schema.json",
        }, files);

        var props = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "Curata.Knowledge", "build", "Curata.Knowledge.props"));
        Assert.Equal(props, ReadEntry(zip, "build/Curata.Knowledge.props"));
        Assert.Equal(props, ReadEntry(zip, "buildTransitive/Curata.Knowledge.props"));
        var targets = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "Curata.Knowledge", "build", "Curata.Knowledge.targets"));
        Assert.Equal(targets, ReadEntry(zip, "build/Curata.Knowledge.targets"));
        Assert.Equal(targets, ReadEntry(zip, "buildTransitive/Curata.Knowledge.targets"));
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "knowledge", "schema", "knowledge.schema.json")),
            ReadEntry(zip, "schema/knowledge.schema.json"));
    }

    [Fact]
    public void The_nuspec_has_the_metadata_and_no_dependency_and_is_not_a_development_dependency()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var metadata = XDocument.Parse(ReadEntry(zip, "Curata.Knowledge.nuspec")).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("Curata.Knowledge", Value("id"));
        Assert.Equal(package.Version, Value("version"));
        Assert.Equal("Curata.Knowledge contributors", Value("authors"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("expression", metadata.Elements().Single(e => e.Name.LocalName == "license").Attribute("type")?.Value);
        Assert.Equal("PACKAGE.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Contains("source-generator", Value("tags")!.Split(' '));
        Assert.Null(Value("developmentDependency"));

        // The generator project is packed as a file, never as a dependency; the runtime library needs nothing.
        var dependencies = metadata.Elements().Single(e => e.Name.LocalName == "dependencies");
        Assert.DoesNotContain(dependencies.Descendants(), e => e.Name.LocalName == "dependency");
    }

    private static string ReadEntry(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
