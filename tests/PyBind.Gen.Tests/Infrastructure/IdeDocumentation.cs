using System.Linq;
using System.Xml.Linq;
using System.Xml.XPath;
using Microsoft.CodeAnalysis;

namespace PyBind.Gen.Tests.Infrastructure;

/// <summary>
/// A symbol's XML documentation as an editor shows it: <c>GetDocumentationCommentXml()</c> with each
/// <c>&lt;inheritdoc cref="…" path="…"/&gt;</c> replaced by the elements of the referenced member's documentation that
/// the path selects, relative to that member's element (as Roslyn's hover and signature help expand it).
/// </summary>
internal static class IdeDocumentation
{
    public static XElement Read(ISymbol symbol, Compilation compilation)
    {
        XElement doc = XElement.Parse(symbol.GetDocumentationCommentXml() ?? "<member/>");
        foreach (XElement inherit in doc.Elements("inheritdoc").ToList())
        {
            string cref = (string?)inherit.Attribute("cref") ?? string.Empty;
            ISymbol? target = DocumentationCommentId.GetFirstSymbolForDeclarationId(cref, compilation);
            Xunit.Assert.True(target is not null, $"<inheritdoc cref=\"{cref}\"/> names no symbol");
            XDocument inherited = XDocument.Parse(target!.GetDocumentationCommentXml() ?? "<member/>");
            string path = (string?)inherit.Attribute("path") ?? "/node()";
            inherit.ReplaceWith(inherited.XPathSelectElements("/*" + path).Select(e => new XElement(e)));
        }

        return doc;
    }
}
