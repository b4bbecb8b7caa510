namespace PyBind;

/// <summary>An installed distribution, as <c>importlib.metadata</c> sees it from the running interpreter.</summary>
/// <param name="Name">The distribution's name as it spells it (<c>numpy</c>, <c>PyYAML</c>).</param>
/// <param name="Version">Its version string (<c>1.24.2</c>).</param>
/// <param name="Location">The folder on <c>sys.path</c> that holds it (a <c>site-packages</c> or <c>dist-packages</c>).</param>
public sealed record PythonPackage(string Name, string Version, string Location);
