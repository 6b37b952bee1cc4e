// Each end-to-end class starts a bot, a Playground and a Chromium; on a small CI machine running
// them side by side only makes every UI wait slower, so the classes of this assembly run one by one.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
