// WebApplicationFactory<Program> finds the app's host through a process-wide diagnostic listener,
// so factories starting at the same moment can pick up each other's host. Host classes run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
