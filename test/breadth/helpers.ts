// Moved to test/helpers/personioNode.ts; kept until the tests still importing this path move too.
export * from '../helpers/personioNode';
