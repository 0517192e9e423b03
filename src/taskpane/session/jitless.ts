// zod compiles fast validators with `new Function` unless told not to. The task pane runs under a
// Content-Security-Policy without 'unsafe-eval', so it validates without compiling. zod reads the
// setting when a schema is built: this module must be evaluated before the plan's schemas, so it
// is the editor's first import.
import { config } from 'zod';

config({ jitless: true });
