using PyBind;

namespace PyBind.Corpus.Tests.Full;

// The rest of the corpus' key libraries, bound only when the project is built with -p:PyBindCorpus=all
// (tests/corpus/run.sh --smoke does): describing them at build time costs more than a CI run can spend.
[PyImport("scipy.optimize")] public static partial class Optimize;
[PyImport("sklearn.linear_model")] public static partial class LinearModel;
[PyImport("matplotlib.figure")] public static partial class MplFigure;
[PyImport("io")] public static partial class PyIo;
[PyImport("seaborn")] public static partial class Sns;
[PyImport("statsmodels.regression.linear_model")] public static partial class Sm;
[PyImport("xarray")] public static partial class Xr;
[PyImport("dask.array")] public static partial class Da;
[PyImport("distributed.utils")] public static partial class DistributedUtils;
