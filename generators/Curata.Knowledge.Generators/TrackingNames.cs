namespace Curata.Knowledge.Generators
{
    /// <summary>Names of the pipeline's steps, for incrementality tests.</summary>
    internal static class TrackingNames
    {
        public const string KnowledgeFiles = nameof(KnowledgeFiles);
        public const string ReadAhead = nameof(ReadAhead);
        public const string ReadFile = nameof(ReadFile);
        public const string ReadSourceText = nameof(ReadSourceText);
        public const string CollectFiles = nameof(CollectFiles);
        public const string CheckKnowledgeBase = nameof(CheckKnowledgeBase);
        public const string ReadOptions = nameof(ReadOptions);
        public const string ClassesTypedByName = nameof(ClassesTypedByName);
        public const string NamedInCode = nameof(NamedInCode);
        public const string ReadTarget = nameof(ReadTarget);
        public const string HasKnowledge = nameof(HasKnowledge);
        public const string Combine = nameof(Combine);
        public const string CombineNamed = nameof(CombineNamed);
        public const string PlanApiFile = nameof(PlanApiFile);
    }
}
