/** The exchange format's name and version (kept free of zod so `ropa --version` can print it cheaply). */
export const REGISTER_FORMAT = 'ropa-desk.register';
export const REGISTER_FORMAT_VERSION = 1;
