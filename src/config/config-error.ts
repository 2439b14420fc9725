/** A usage or configuration problem: the CLI prints the message on one line and exits 2. */
export class ConfigError extends Error {}
