// `next build` when the sources changed since the last build (used by npm start and the e2e tests).
import { buildIfStale } from "./start-helpers";

await buildIfStale(process.env, (msg) => console.log(msg));
