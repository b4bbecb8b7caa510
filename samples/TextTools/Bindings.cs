using PyBind;

// The Python modules this program binds. In a file of their own, so that a statement still being typed in
// Program.cs (`Np.` on its last line) cannot swallow the declarations after it and take their members from the editor.
[PyImport("difflib")] static partial class Difflib;
[PyImport("textwrap")] static partial class TextWrap;
[PyImport("json")] static partial class Json;
[PyImport("re")] static partial class Re;
