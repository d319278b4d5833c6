/** RNN Lens's version, from package.json (bundled in at build time), for the CLI and the server's serverInfo. */
import { version } from "../package.json";

export const VERSION: string = version;
