/**
 * Ownership and network analytics over edge lists: percentages, edges from FtM relationship
 * entities, look-through stakes, investor classes, k shortest paths and neighbourhood loading.
 */
export * from './percentage.parser.js';
export * from './edge.types.js';
export * from './ownership.analysis.js';
export * from './path.analysis.js';
export * from './graph.loader.js';
export * from './investor.classify.js';
