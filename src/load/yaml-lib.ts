/**
 * The `yaml` package, loaded on first use. Loading it costs about 50 ms, and a lint whose files
 * all come from the build cache never parses YAML: the AST is rebuilt only when a problem must
 * be located (load/transfer.ts). The package is CommonJS, so `require` gives the same instance
 * an `import` would.
 */
import { createRequire } from 'node:module';

type YamlLib = typeof import('yaml');

let lib: YamlLib | undefined;

export function yamlLib(): YamlLib {
  lib ??= createRequire(import.meta.url)('yaml') as YamlLib;
  return lib;
}
