// Pulls in Next's ambient types (e.g. `*.module.css`) even before `next-env.d.ts` has been generated.
/// <reference types="next" />
