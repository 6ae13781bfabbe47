using System;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace Curata.Knowledge.Generators
{
    /// <summary>
    /// Runs independent pieces of work on every core. What the pieces write must not depend on the order they finish in: each
    /// writes its own slot, and the caller combines the slots in order.
    /// </summary>
    internal static class EveryCore
    {
        /// <summary>
        /// How many facts one piece of a list takes: enough that a piece's overhead is lost in its work, few enough that a
        /// list of one large file still spreads over every core.
        /// </summary>
        public const int PieceSize = 4096;

        /// <summary>
        /// <paramref name="body"/> for 0 to <paramref name="count"/> - 1. Cancellation comes out as an
        /// <see cref="OperationCanceledException"/>, which the driver expects, and any other failure as it was thrown, not
        /// wrapped in an <see cref="AggregateException"/>.
        /// </summary>
        public static void For(int count, Action<int> body, CancellationToken cancellationToken)
        {
            try
            {
                Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, body);
            }
            catch (AggregateException error)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ExceptionDispatchInfo.Capture(error.InnerExceptions[0]).Throw();
                throw;
            }
        }
    }
}
