using PyBind;

// The Python modules this program binds. In a file of their own, so that a statement still being typed in
// Program.cs (`Np.` on its last line) cannot swallow the declarations after it and take their members from the editor.
[PyImport("pipeline")] static partial class Pipeline;
