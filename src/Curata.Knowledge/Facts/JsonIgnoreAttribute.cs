#if !NET8_0_OR_GREATER
namespace System.Text.Json.Serialization
{
    /// <summary>
    /// Lets the fact types carry <c>[JsonIgnore]</c> in this build too, where System.Text.Json is not part of the framework and
    /// the library takes no dependency on it. It has no effect here: only System.Text.Json's own attribute (the net8.0 build of
    /// this library, which every .NET 8+ program uses) tells the serializer to skip a member.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
    internal sealed class JsonIgnoreAttribute : Attribute
    {
    }
}
#endif
