using System;
using System.Threading;

namespace PyBind;

public partial class Python
{
    /// <summary>Runs statements like <see cref="Run(string, PyScope?)"/>, cancelled by <paramref name="cancellationToken"/> (see <see cref="CancelWith"/>).</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static void Run(string code, PyScope? scope, CancellationToken cancellationToken)
    {
        using PyCancellationScope cancellation = CancelWith(cancellationToken);
        Run(code, scope);
    }

    /// <summary>Evaluates an expression like <see cref="Eval{T}(string, PyScope?)"/>, cancelled by <paramref name="cancellationToken"/> (see <see cref="CancelWith"/>).</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static T Eval<T>(string expression, PyScope? scope, CancellationToken cancellationToken)
    {
        using PyCancellationScope cancellation = CancelWith(cancellationToken);
        return Eval<T>(expression, scope);
    }
}
