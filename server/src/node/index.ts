// The Node side of the core: file-system access the CLI and the language server share (the core itself does no I/O).
export { DISK, SymposiumFinder, type SymposiumLookup } from './symposia';
export { discover, type Candidate, type DiscoverOptions, type Discovery } from './take-files';
export { toCorePath } from './paths';
export { readTakeFile, readTakeBytes, decodeTake, ioMessage, DEFAULT_MAX_FILE_MIB, MIB, type ReadResult, type ReadOptions } from './read-take';
