using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
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
            "ready-to-run/linux-x64/Curata.Knowledge.Generators.dll",
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

    [Fact]
    public void The_ready_to_run_generator_is_the_same_assembly_with_native_code_for_linux_x64()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        using var il = new PEReader(new MemoryStream(ReadBytes(zip, "analyzers/dotnet/cs/Curata.Knowledge.Generators.dll")));
        using var image = new PEReader(new MemoryStream(ReadBytes(zip, "ready-to-run/linux-x64/Curata.Knowledge.Generators.dll")));

        // IL only, for every host; and a ReadyToRun image (its native header present), for x64 on Linux: the runtime marks
        // an image's platform by its machine number XORed with the operating system's (0x7B79 for Linux).
        Assert.Equal(0, il.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);
        Assert.True(image.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, "the image has no ReadyToRun header");
        Assert.Equal((ushort)Machine.Amd64 ^ 0x7B79, (int)image.PEHeaders.CoffHeader.Machine);

        // The same assembly: name, version and module id, so it is the build packed as IL, compiled.
        var ilMetadata = il.GetMetadataReader();
        var imageMetadata = image.GetMetadataReader();
        Assert.Equal(ilMetadata.GetAssemblyDefinition().GetAssemblyName().FullName, imageMetadata.GetAssemblyDefinition().GetAssemblyName().FullName);
        Assert.Equal(ilMetadata.GetGuid(ilMetadata.GetModuleDefinition().Mvid), imageMetadata.GetGuid(imageMetadata.GetModuleDefinition().Mvid));
    }

    private static byte[] ReadBytes(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static string ReadEntry(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
